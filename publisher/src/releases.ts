import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublisherRelease } from '@cong/shared';

/**
 * The built sites the publisher keeps, one folder each under `<root>/releases/`, and the
 * `<root>/live` link to the one the public is served. The link is replaced in one rename,
 * so a reader gets either the old site or the new one, never a mix.
 */
export class Releases {
  readonly root: string;
  readonly releasesDir: string;
  /** What the web server serves: a symbolic link to the live release. */
  readonly liveLink: string;

  constructor(root: string) {
    this.root = root;
    this.releasesDir = path.join(root, 'releases');
    this.liveLink = path.join(root, 'live');
  }

  /** A new, empty folder for a build, named by the time it started (so names sort by age). */
  async create(now = new Date()): Promise<{ id: string; dir: string }> {
    const id = now.toISOString().replace(/[-:]/g, '').replace(/\.(\d+)Z$/, '$1Z');
    const dir = path.join(this.releasesDir, id);
    await mkdir(dir, { recursive: true });
    return { id, dir };
  }

  /** The folder of a release. */
  dir(id: string): string {
    return path.join(this.releasesDir, id);
  }

  /** What a release's build wrote about it (its page keys), beside its folder: never served. */
  infoDir(id: string): string {
    return `${this.dir(id)}.info`;
  }

  /** Every complete release, oldest first (a folder without its manifest beside it is an unfinished build). */
  async list(): Promise<PublisherRelease[]> {
    const names = (await readdir(this.releasesDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
    return Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(this.releasesDir, name), 'utf8')) as PublisherRelease));
  }

  /** Marks a finished build as complete: only then may it go live or be rolled back to. */
  async seal(release: PublisherRelease): Promise<void> {
    // Beside the folder, not in it: the folder is served to the public as it is.
    await writeFile(`${this.dir(release.id)}.json`, JSON.stringify(release));
  }

  /** The release the public is served now, if any. */
  async live(): Promise<PublisherRelease | null> {
    const target = await readlink(this.liveLink).catch(() => null);
    if (!target) return null;
    const id = path.basename(target);
    return (await this.list()).find((release) => release.id === id) ?? null;
  }

  /** Points `live` at a sealed release, atomically. */
  async activate(id: string): Promise<void> {
    if (!(await this.list()).some((release) => release.id === id)) {
      throw new Error(`Không có bản dựng hoàn chỉnh "${id}".`);
    }
    const temporary = `${this.liveLink}.${randomBytes(4).toString('hex')}`;
    await symlink(path.join('releases', id), temporary);
    await rename(temporary, this.liveLink);
  }

  /** Removes a release that never went live (a failed or refused build). */
  async discard(id: string): Promise<void> {
    await rm(this.dir(id), { recursive: true, force: true });
    await rm(this.infoDir(id), { recursive: true, force: true });
    await rm(`${this.dir(id)}.json`, { force: true });
  }

  /** Keeps the newest `keep` releases and the live one; removes unfinished builds left by a crash. */
  async prune(keep: number): Promise<void> {
    const live = (await this.live())?.id;
    const sealed = (await this.list()).map((release) => release.id);
    const kept = new Set([...sealed.slice(-keep), ...(live ? [live] : [])]);
    for (const name of await readdir(this.releasesDir).catch(() => [] as string[])) {
      if (!kept.has(name.replace(/\.(json|info)$/, ''))) await rm(path.join(this.releasesDir, name), { recursive: true, force: true });
    }
  }
}
