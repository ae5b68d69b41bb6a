import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBodyUpTo } from './body.js';

const request = (chunks: string[], headers: Record<string, string> = {}) => {
  const stream = Object.assign(new PassThrough(), { headers });
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return stream;
};

describe('a body read up to a cap', () => {
  it('is the bytes sent, in order, when within the cap', async () => {
    expect(new TextDecoder().decode((await readBodyUpTo(request(['{"a":', '1}']), 10))!)).toBe('{"a":1}');
  });

  it('is null when its declared length is over the cap, before reading anything', async () => {
    expect(await readBodyUpTo(request([], { 'content-length': '11' }), 10)).toBeNull();
  });

  it('is null when a body sent in chunks turns out longer than the cap', async () => {
    expect(await readBodyUpTo(request(['12345', '67890', '1']), 10)).toBeNull();
  });
});
