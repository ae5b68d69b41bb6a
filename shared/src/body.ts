/**
 * A request's body, or null as soon as it is longer than `max` bytes, whether its length was
 * said up front or found on the way. Reading then stops: what was read is let go, and the
 * caller decides what becomes of the rest (drain it to answer on the connection, or close).
 * Typed structurally, so this file needs nothing of Node's and the browser bundles stay clean.
 */
export function readBodyUpTo(
  request: { headers: Record<string, string | string[] | undefined>; on(event: string, listener: (...args: any[]) => void): unknown; off(event: string, listener: (...args: any[]) => void): unknown },
  max: number,
): Promise<Uint8Array | null> {
  if (Number(request.headers['content-length'] ?? 0) > max) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const onData = (chunk: Uint8Array) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      request.off('data', onData);
      chunks.length = 0;
      resolve(null);
    };
    request.on('data', onData);
    request.on('end', () => {
      const body = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) body.set(chunk, (at += chunk.length) - chunk.length);
      resolve(body);
    });
    request.on('error', reject);
  });
}
