import { describe, expect, inject, it } from 'vitest';

// Login throttling and rate limits hold behind the province's proxy: the client is the address
// the last trusted proxy saw (this CMS runs with TRUSTED_PROXY_HOPS=1, so the last entry of
// X-Forwarded-For), whatever a client writes into the header before it.

const login = (forwardedFor: string, email: string) =>
  fetch(`${inject('cmsUrl')}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify({ email, password: 'sai-mat-khau-1' }),
  });

describe('failed logins from one address, across accounts', () => {
  it('are answered 429 in Vietnamese past LOGIN_THROTTLE_MAX, with Retry-After', async () => {
    const client = '10.30.0.1';
    const statuses: number[] = [];
    // A different account each time: Strapi's own limit (5 per account) never comes into it.
    for (let attempt = 0; attempt < 20; attempt += 1) statuses.push((await login(client, `doan-${attempt}@cong.test`)).status);
    expect(statuses.every((status) => status === 400)).toBe(true);
    const refused = await login(client, 'quantri@cong.test');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^Đăng nhập sai quá nhiều lần từ địa chỉ này/);
  });

  it('are counted for the address the proxy saw, not one the client wrote into the header', async () => {
    const client = '10.30.0.2';
    for (let attempt = 0; attempt < 20; attempt += 1) await login(`198.51.100.${attempt}, ${client}`, `gia-${attempt}@cong.test`);
    expect((await login(`203.0.113.9, ${client}`, 'quantri@cong.test')).status).toBe(429);
    // Another citizen behind the same proxy is not held up.
    expect((await login('10.30.0.3', 'quantri@cong.test')).status).toBe(400);
  });
});
