import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, readlink, realpath, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { foldersOf, RELEASE_LINKS_FILE, type PublisherRelease, type ReleaseLinks } from '@cong/shared';
import { removeTrees } from './remove-trees.ts';

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
    await removeTrees([this.dir(id), this.infoDir(id), `${this.dir(id)}.json`]);
  }

  /**
   * Keeps the newest `keep` releases and the live one; removes unfinished builds left by a
   * crash. Of a release removed, the folders a kept one reaches through its links stay (a
   * partial build links the folders nothing changed in: RELEASE_LINKS_FILE), with the list of
   * its own links, for the folders they reach in turn; the rest goes, its manifest too: it can
   * no longer be put live.
   */
  async prune(keep: number): Promise<void> {
    const live = (await this.live())?.id;
    const sealed = (await this.list()).map((release) => release.id);
    const kept = new Set([...sealed.slice(-keep), ...(live ? [live] : [])]);
    const held = await this.reachedFrom(kept);
    const gone: string[] = [];
    for (const name of await readdir(this.releasesDir).catch(() => [] as string[])) {
      const id = name.replace(/\.(json|info)$/, '');
      if (kept.has(id)) continue;
      const at = path.join(this.releasesDir, name);
      if (held.has(id) && name === id) gone.push(...(await allBut(at, held.get(id)!)));
      else if (held.has(id) && name === `${id}.info`) gone.push(...(await allBut(at, new Set([RELEASE_LINKS_FILE]))));
      else gone.push(at);
    }
    await removeTrees(gone);
  }

  /**
   * The folders of other releases that these releases reach through their links, by release
   * (relative to it, "/" between parts): a folder linked to may hold links of its own, listed
   * with the release it is in.
   */
  private async reachedFrom(ids: Set<string>): Promise<Map<string, Set<string>>> {
    // Links name real folders (site/src/integrations/release.ts): compared with the real path of the releases.
    const root = await realpath(this.releasesDir);
    const held = new Map<string, Set<string>>();
    const read = new Map<string, Promise<Record<string, string>>>();
    const linksOf = (id: string) => {
      if (!read.has(id)) {
        read.set(id, readFile(path.join(this.infoDir(id), RELEASE_LINKS_FILE), 'utf8').then((text) => (JSON.parse(text) as ReleaseLinks).folders, () => ({})));
      }
      return read.get(id)!;
    };
    // Each as the real path it names, from the release that lists it.
    const targetsOf = async (id: string) => Object.entries(await linksOf(id)).map(([linked, target]) => [linked, path.resolve(root, id, target)] as const);
    const targets: string[] = [];
    for (const id of ids) for (const [, target] of await targetsOf(id)) targets.push(target);
    while (targets.length) {
      const [owner, ...inside] = path.relative(root, targets.pop()!).split(path.sep);
      if (!owner || owner === '..' || ids.has(owner) || !inside.length) continue;
      const folder = inside.join('/');
      if (!held.has(owner)) held.set(owner, new Set());
      if (held.get(owner)!.has(folder)) continue;
      held.get(owner)!.add(folder);
      for (const [linked, target] of await targetsOf(owner)) if (linked.startsWith(`${folder}/`)) targets.push(target);
    }
    return held;
  }
}

/** What is in a folder but for these files and folders in it (relative, "/" between parts) and the folders they are in. */
async function allBut(dir: string, keep: Set<string>): Promise<string[]> {
  const around = new Set([...keep].flatMap(foldersOf));
  const rest: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, relative), { withFileTypes: true })) {
      const inside = relative ? `${relative}/${entry.name}` : entry.name;
      if (keep.has(inside)) continue;
      if (around.has(inside) && entry.isDirectory()) await walk(inside);
      else rest.push(path.join(dir, inside));
    }
  };
  await walk('');
  return rest;
}
