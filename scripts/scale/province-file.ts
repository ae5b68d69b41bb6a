import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Province } from '@cong/shared';

/**
 * Writes a province as JSON, one entry a line inside each list: ten years are ~200 MB, more
 * than is wise to build as one string.
 */
export async function writeProvince(file: string, province: Province): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const keys = Object.keys(province) as Array<keyof Province>;
  await write('{');
  for (const [k, key] of keys.entries()) {
    await write(`${k ? ',' : ''}\n${JSON.stringify(key)}: [`);
    for (const [n, item] of (province[key] as unknown[]).entries()) await write(`${n ? ',' : ''}\n${JSON.stringify(item)}`);
    await write(']');
  }
  await write('\n}\n');
  out.end();
  await once(out, 'finish');
}
