import { describe, expect, it } from 'vitest';
import { builtFiles, builtText } from './built-site';

/** The page with comments, scripts and styles emptied: what is left is markup only. */
const markup = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '<$1></$1>');
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

// Checks that hold for every page the site builds, whatever its kind (no HTML validator is
// installed here: the structure a browser would otherwise repair silently).
const checks: Array<[string, (html: string, raw: string) => boolean]> = [
  ['starts with <!doctype html> and then <html>', (_html, raw) => /^<!doctype html>\s*<html[\s>]/i.test(raw)],
  ['has nothing but whitespace after </html>', (_html, raw) => raw.slice(raw.lastIndexOf('</html>') + '</html>'.length).trim() === ''],
  ['has one <html> with a lang', (html) => count(html, /<html[\s>]/) === 1 && /<html [^>]*lang="[a-z]{2}/.test(html)],
  ['has one <head> and one <body>, in that order, nothing between them', (html) =>
    count(html, /<head[\s>]/) === 1 && count(html, /<\/head>/) === 1 && count(html, /<body[\s>]/) === 1 && count(html, /<\/body>/) === 1 &&
    /<\/head>\s*<body[\s>]/.test(html)],
  ['ends its body just before </html>', (html) => /<\/body>\s*<\/html>\s*$/.test(html)],
  ['has one <title> and a charset, in the head', (html) => {
    const head = html.slice(0, html.indexOf('</head>'));
    return count(html, /<title>/) === 1 && head.includes('<title>') && head.includes('<meta charset="utf-8"');
  }],
  ['has one <main>', (html) => count(html, /<main[\s>]/) === 1],
  ['has one <h1>', (html) => count(html, /<h1[\s>]/) === 1],
  ['uses each id once', (html) => {
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    return new Set(ids).size === ids.length;
  }],
];

describe('every built page', () => {
  it.each(checks)('%s', async (_what, check) => {
    const pages = (await builtFiles()).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const failing: string[] = [];
    for (const file of pages) {
      const raw = await builtText(file);
      if (!check(markup(raw), raw)) failing.push(file);
    }
    expect(failing).toEqual([]);
  });
});
