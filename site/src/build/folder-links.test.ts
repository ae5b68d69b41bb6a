import { describe, expect, it } from 'vitest';
import { planFolderLinks } from './folder-links.ts';

const kept = [
  'index.html',
  'tin-tuc/a/index.html',
  'tin-tuc/b/index.html',
  'van-ban/x/index.html',
  'van-ban/y/index.html',
  'don-vi/hoason/index.html',
  'don-vi/hoason/tin-tuc/c/index.html',
  'don-vi/phongthach/index.html',
  'don-vi/phongthach/tin-tuc/d/index.html',
];

describe('what a partial build takes whole from its base', () => {
  it('takes each outermost folder nothing changed in as one link, and the files of changed folders one by one', () => {
    const plan = planFolderLinks(kept.filter((file) => file !== 'index.html'), ['don-vi/hoason/tin-tuc/e/index.html', 'tin-tuc/index.html', 'index.html']);
    expect(plan.folders.sort()).toEqual(['don-vi/hoason/tin-tuc/c', 'don-vi/phongthach', 'tin-tuc/a', 'tin-tuc/b', 'van-ban']);
    expect(plan.files.sort()).toEqual(['don-vi/hoason/index.html']);
  });

  it('never links a folder a page was removed from', () => {
    const plan = planFolderLinks(['van-ban/x/index.html'], ['van-ban/y/index.html']);
    expect(plan).toEqual({ folders: ['van-ban/x'], files: [] });
  });

  it('keeps files at the top of the release one by one: the release folder itself is never a link', () => {
    expect(planFolderLinks(['robots.txt', 'rss.xml'], [])).toEqual({ folders: [], files: ['robots.txt', 'rss.xml'] });
  });
});
