import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The search contract (src/search/) and the search page's scripts that read it.
const src = path.resolve(import.meta.dirname, '..');
const sides = { 'the browser and the build': 'both', 'the build only': 'build', 'the browser only': 'browser' } as const;

interface Module {
  file: string;
  side?: (typeof sides)[keyof typeof sides];
  imports: string[];
}

async function modules(): Promise<Map<string, Module>> {
  const files = [
    ...(await readdir(path.join(src, 'search'))).map((name) => `search/${name}`),
    ...(await readdir(path.join(src, 'scripts'))).filter((name) => name.startsWith('search')).map((name) => `scripts/${name}`),
  ].filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const found = new Map<string, Module>();
  for (const file of files) {
    const text = await readFile(path.join(src, file), 'utf8');
    const said = /^\/\/ Used by (the browser and the build|the build only|the browser only):/.exec(text)?.[1] as keyof typeof sides | undefined;
    const specifiers = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)'/gms)].map((match) => match[1]!);
    // Relative imports as the files they name, so they can be looked up below.
    const imports = specifiers.map((specifier) =>
      specifier.startsWith('.') ? path.join(path.dirname(file), specifier).replace(/(\.ts)?$/, '.ts') : specifier,
    );
    found.set(file, { file, side: said && sides[said], imports });
  }
  return found;
}

describe('the search contract', () => {
  it('says at the top of each file which side uses it: the browser, the build, or both', async () => {
    const unsaid = [...(await modules()).values()].filter((module) => !module.side).map((module) => module.file);
    expect(unsaid).toEqual([]);
  });

  it('lets what the browser runs import only @cong/shared and other files the browser runs', async () => {
    const all = await modules();
    const browserSafe = (specifier: string) => specifier === '@cong/shared' || ['browser', 'both'].includes(all.get(specifier)?.side ?? '');
    const unsafe = [...all.values()]
      .filter((module) => module.side === 'browser' || module.side === 'both')
      .flatMap((module) => module.imports.filter((specifier) => !browserSafe(specifier)).map((specifier) => `${module.file} → ${specifier}`));
    expect(unsafe).toEqual([]);
  });

  it('has the kinds, shards and number lookup on both sides', async () => {
    const all = await modules();
    expect(['search/kinds.ts', 'search/fields.ts', 'search/shards.ts', 'search/number-lookup.ts'].map((file) => all.get(file)?.side)).toEqual(['both', 'both', 'both', 'both']);
  });
});
