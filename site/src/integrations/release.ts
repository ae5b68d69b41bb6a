import { link, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RELEASE_LINKS_FILE, UNIT_SITES_DIR, unitOrigin, type ReleaseLinks } from '@cong/shared';
import { filesUnder } from '@cong/shared/files-under';
import { siteCodePaths, treeHash } from '@cong/shared/tree-hash';
import { linkFolder, planFolderLinks } from '../build/folder-links.ts';
import { writeBuildReport } from '../build/report.ts';
import { unitPages, unitSitemap, unitSitemapFile } from '../build/unit-sitemaps.ts';
import { siteConfig } from '../config.ts';
import { brokenReferencesOfThisBuild } from '../lib/broken-references-state.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { pageKeysOfThisBuild } from '../lib/page-keys-state.ts';
import { siteOfPage } from '../search/shard-plan.ts';
import { isPortalSitemapFile } from './sitemap.ts';

/** The files of the release a build finished, for the integrations that run after it. */
export interface ReleaseFiles {
  /** Every HTML page of the release, relative to its folder. */
  html: string[];
  /** The HTML pages this build wrote; in a partial build the others come from the base release. */
  rendered: Set<string>;
  /** Whether the routes rendered only what changed (SITE_BASE_DIR, and nothing site-wide changed). */
  partial: boolean;
  /** Folders an integration before this one took from the base release as one link (the media's /uploads/), as `ReleaseLinks` lists them. */
  linked: ReleaseLinks['folders'];
}

// Not taken from the base release: written anew by the integrations after this one.
const writtenAfter = (file: string) => file.startsWith('pagefind/') || isPortalSitemapFile(file);
// Not taken from the base release either: the media integration (before this one) put in every
// file the entries show now: a file no entry shows any more leaves the site.
const fromTheMediaCache = (file: string) => file.startsWith('uploads/');

/**
 * Makes the built folder a whole release. A full build is one already. In a partial build
 * (SITE_BASE_DIR and SITE_BASE_INFO name the release to start from, see lib/page-keys.ts) the
 * routes rendered only the pages whose key changed; every other file of the base release is
 * taken in, except the pages that no longer exist: a folder nothing changed in as one symbolic
 * link to where the base has it (build/folder-links.ts), the other files hard-linked one by
 * one. Nothing is ever written through a link: the integrations after this one write only
 * into fresh files, at the top of the release and in pagefind/, never linked.
 * With SITE_BUILD_INFO, the page keys, the release's files and its linked folders are written
 * there for the next partial build, with whether this one was partial (what the publisher reports).
 */
export function release(files: ReleaseFiles): AstroIntegration {
  return {
    name: 'cong:release',
    hooks: {
      'astro:config:setup': async () => {
        const { siteDir } = siteConfig();
        // The code is part of every page's key: another version of it renders every page.
        pageKeysOfThisBuild().codeVersion = await treeHash(siteCodePaths(siteDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { base, buildInfoDir } = siteConfig();
        const keys = pageKeysOfThisBuild();
        const written = await filesUnder(out);
        files.rendered = new Set(written.filter((file) => file.endsWith('.html')));
        files.partial = keys.partial && base !== null;
        files.html = [...files.rendered];
        const previous = files.partial && base ? (JSON.parse(await readFile(path.join(base.infoDir, 'pages.json'), 'utf8')) as { pages: Record<string, string> }) : null;
        const gone = new Set(previous ? Object.keys(previous.pages).filter((url) => !(url in keys.pages)).map(fileOf) : []);
        const sites = unitPages(Object.keys(keys.pages));
        // Each unit's sitemap, where its pages changed: the others' come with their folders.
        for (const file of await writeUnitSitemaps(out, sites, previous ? [...written, ...gone] : null)) written.push(file);
        let all = written;
        const links: ReleaseLinks = { folders: { ...files.linked } };
        if (files.partial && base) {
          const present = new Set(written);
          // A unit no longer live (merged, renamed) takes every file of its folder with it, those
          // no page key names too (its sitemap, its 404 page).
          const ofGoneUnit = (file: string) => {
            const label = siteOfPage(file);
            return label !== '' && !sites.has(label);
          };
          const kept = (await releaseFiles(base.dir, base.infoDir)).filter(
            (file) => !present.has(file) && !gone.has(file) && !writtenAfter(file) && !fromTheMediaCache(file) && !ofGoneUnit(file),
          );
          const plan = planFolderLinks(kept, [...written, ...gone]);
          // The folders the links and files go in first, then the links, many at a time.
          const folders = new Set([...plan.folders, ...plan.files].map((file) => path.dirname(path.join(out, file))));
          await eachAtOnce([...folders], 32, (folder) => mkdir(folder, { recursive: true }).then(() => {}));
          // Each to where the base really has the folder (it may itself be a link, or be in one),
          // relative, so the links stay right when the folder of the releases moves. The real
          // folder may hold links of its own; the publisher keeps every folder a kept release
          // reaches (Releases.prune).
          const realOut = await realpath(out);
          await eachAtOnce(plan.folders, 32, async (folder) => {
            const target = await realpath(path.join(base.dir, folder));
            links.folders[folder] = await linkFolder(realOut, folder, target);
          });
          await eachAtOnce(plan.files, 32, (file) => link(path.join(base.dir, file), path.join(out, file)));
          // Not push(...kept): 150,000 arguments overflow the stack.
          files.html = files.html.concat(kept.filter((file) => file.endsWith('.html')));
          all = written.concat(kept);
          logger.info(
            `Dựng một phần: ${files.rendered.size} trang dựng lại, ${kept.length} tệp giữ nguyên từ bản trước ` +
              `(${plan.folders.length} thư mục liên kết nguyên, ${plan.files.length} tệp liên kết riêng), ${gone.size} trang gỡ.`,
          );
        }
        if (buildInfoDir) {
          await mkdir(buildInfoDir, { recursive: true });
          await writeFile(path.join(buildInfoDir, RELEASE_LINKS_FILE), JSON.stringify(links));
          await writeFile(
            path.join(buildInfoDir, 'pages.json'),
            JSON.stringify({ siteKey: keys.siteKey, partial: files.partial, pages: keys.pages, entries: keys.entries }),
          );
          await writeFile(path.join(buildInfoDir, 'files.json'), JSON.stringify(all.filter((file) => !writtenAfter(file))));
        }
        await writeBuildReport({
          ok: true,
          pages: files.html.length,
          rendered: files.rendered.size,
          partial: files.partial,
          brokenReferences: brokenReferencesOfThisBuild(),
        });
      },
    },
  };
}

/**
 * Writes the sitemap of each unit (`sites`: its pages, by label) whose folder has a file in
 * `changed` (of every unit when null, in a full build); resolves with the files written.
 */
async function writeUnitSitemaps(out: string, sites: Map<string, string[]>, changed: string[] | null): Promise<string[]> {
  const touched = changed && new Set(changed.map(siteOfPage));
  const { siteUrl } = siteConfig();
  const files: string[] = [];
  for (const [label, pages] of sites) {
    if (touched && !touched.has(label)) continue;
    await mkdir(path.join(out, UNIT_SITES_DIR, label), { recursive: true });
    await writeFile(path.join(out, unitSitemapFile(label)), unitSitemap(unitOrigin(label, siteUrl), pages));
    files.push(unitSitemapFile(label));
  }
  return files;
}

/** The file a page's URL is written to: "/van-ban/x/" → "van-ban/x/index.html"; "/a.json" as it is. */
export const fileOf = (url: string) => decodeURI(url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));

/**
 * The files of a release, but those the integrations after this one write: from the list its
 * build kept in its info folder (walking the folder took 6–13 s at ten years, ~310,000 files
 * with the search index), else from the folder itself.
 */
async function releaseFiles(dir: string, infoDir: string): Promise<string[]> {
  const listed = await readFile(path.join(infoDir, 'files.json'), 'utf8').catch(() => null);
  return listed ? (JSON.parse(listed) as string[]) : filesUnder(dir);
}
