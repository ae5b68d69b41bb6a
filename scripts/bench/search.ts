import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { launchChromium } from '@cong/testing';
import { startDemoCms } from '@cong/testing';
import { freePort } from '@cong/testing';
import { serveStatic } from '@cong/publisher';
import { coldSearch, searchBytes } from './cold-search.ts';
import { astroBuild, filesUnder } from './site.ts';

const siteDir = path.resolve(import.meta.dirname, '../../site');
const queries = ['quyết định', 'quyet dinh', '1730/TB-VP', 'chuyển đổi số', 'tran quoc khanh'];

/** Pagefind alone over a built site, under GNU time: seconds and peak memory of the indexer. */
async function indexAlone(distDir: string, outDir: string) {
  const pagefind = path.join(siteDir, 'node_modules/pagefind/lib/runner/bin.cjs');
  const { stderr } = await promisify(execFile)('/usr/bin/time', ['-v', process.execPath, pagefind, '--site', distDir, '--output-path', outDir], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const field = (name: string) => /: (.*)$/.exec(stderr.split('\n').find((line) => line.includes(name)) ?? '')?.[1] ?? '';
  const [minutes, seconds] = field('Elapsed (wall clock)').split(':').map(Number).slice(-2);
  return { seconds: (minutes ?? 0) * 60 + (seconds ?? 0), peakMb: Number(field('Maximum resident set size')) / 1024 };
}

/** `pnpm bench search`: index time, peak memory, index size, and per query the bytes and time of a cold search. */
export async function benchSearch(): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'cong-bench-search-'));
  const port = await freePort();
  const cms = await startDemoCms('sqlite');
  const distDir = path.join(work, 'dist');
  try {
    await astroBuild({ CMS_URL: cms.url, SITE_API_TOKEN: cms.siteToken, SITE_URL: `http://127.0.0.1:${port}`, SITE_OUT_DIR: distDir, SITE_CACHE_DIR: path.join(work, 'cache') });
    const indexing = await indexAlone(distDir, path.join(work, 'pagefind-alone'));
    const indexFiles = await filesUnder(path.join(distDir, 'pagefind'));
    const indexBytes = (await Promise.all(indexFiles.map((file) => stat(file)))).reduce((n, info) => n + info.size, 0);
    const pages = (await filesUnder(distDir)).filter((file) => file.endsWith('.html')).length;

    const server = await serveStatic(distDir, port);
    const browser = await launchChromium();
    const rows: string[] = [];
    try {
      for (const query of queries) {
        const search = await coldSearch(browser, `http://127.0.0.1:${port}`, query);
        rows.push(`| ${query} | ${search.results} | ${search.kilobytes.toFixed(0)} kB | ${searchBytes(search)} | ${search.ms.toFixed(0)} ms |`);
      }
    } finally {
      await browser.close();
      server.close();
    }
    return [
      '## Search (demo content)',
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, Node ${process.version}, Pagefind 1.6.0, with \`./scripts/pnpm bench search\`.`,
      '',
      '| What | Figure |',
      '|---|---|',
      `| Pages in the site / indexed (main content only) | ${pages} / ${indexFiles.filter((file) => file.endsWith('.pf_fragment')).length} |`,
      `| Indexing time (Pagefind alone) | ${indexing.seconds.toFixed(2)} s |`,
      `| Peak memory while indexing | ${indexing.peakMb.toFixed(0)} MB |`,
      `| Index size on disk | ${(indexBytes / 1024).toFixed(0)} kB in ${indexFiles.length} files |`,
      '',
      'Cold search: a new browser context opens the search page with the query; bytes are what',
      'it fetched of the index (and the document-number list when the query looks like a number)',
      'as sent over the network, compressed where the server compresses (publisher/src/static-server.ts,',
      'as nginx does with gzip on); time is from navigation to results shown, on loopback.',
      '',
      '| Query | Results | Index bytes fetched | of which code / shard metadata / index / results / numbers | Time to first results |',
      '|---|---|---|---|---|',
      ...rows,
      '',
      'The index is split in shards by span of quarters (docs/search.md); the demo is one shard. Province scale: `./scripts/pnpm bench scale` ([scale.md](scale.md)).',
      '',
    ].join('\n');
  } finally {
    await cms.stop();
    await rm(work, { recursive: true, force: true });
  }
}
