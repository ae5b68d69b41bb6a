import { describe, expect, inject, it } from 'vitest';

describe('the CMS favicon', () => {
  it("answers /favicon.ico with the portal's icon, which browsers ask for on every admin page", async () => {
    const response = await fetch(`${inject('cmsUrl')}/favicon.ico`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A PNG (browsers read one served as /favicon.ico).
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
  });
});
