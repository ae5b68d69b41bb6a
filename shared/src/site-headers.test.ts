import { describe, expect, it } from 'vitest';
import { nginxAddHeaders, responseHeaders, siteHeaders } from './site-headers.js';

const directives = (policy: string | undefined) => Object.fromEntries(policy!.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]));

describe("the site's headers", () => {
  it('allow scripts and styles from the site only: nothing inline, nothing evaluated but WebAssembly', () => {
    const policy = directives(siteHeaders().site['Content-Security-Policy']);
    expect(policy).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self'",
      'frame-ancestors': "'none'",
      'base-uri': "'self'",
      'object-src': "'none'",
    });
    expect(JSON.stringify(policy)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:/);
  });

  it.each([
    ['a CMS on another origin may be sent the comment form', 'https://portal.example.vn', 'https://cms.example.vn/', "'self' https://cms.example.vn"],
    ['a CMS on the same origin needs nothing more', 'https://portal.example.vn', 'https://portal.example.vn/cms', "'self'"],
    ['no CMS named, only the site', undefined, undefined, "'self'"],
  ])('%s', (_, siteUrl, cmsUrl, expected) => {
    const policy = directives(siteHeaders({ siteUrl, cmsUrl }).site['Content-Security-Policy']);
    expect(policy['connect-src']).toBe(expected);
    expect(policy['form-action']).toBe(expected);
  });

  it('send every response nosniff, no framing, a strict referrer and no camera, microphone or location', () => {
    for (const headers of Object.values(siteHeaders())) {
      expect(headers).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      });
    }
  });

  it.each([
    ['/tin-tuc/index.html', undefined, undefined, /^default-src 'self'/],
    ['/404.html', undefined, undefined, /^default-src 'self'/],
    ['/uploads/anh.jpg', 'image/jpeg', undefined, /sandbox$/],
    ['/uploads/bao-cao.pdf', 'application/pdf', 'attachment', /sandbox$/],
    ['/uploads/cu.svg', 'application/octet-stream', 'attachment', /sandbox$/],
  ])('%s: type %s, disposition %s, its own policy', (pathname, type, disposition, policy) => {
    const headers = responseHeaders(siteHeaders(), pathname);
    expect(headers['Content-Type']).toBe(type);
    expect(headers['Content-Disposition']).toBe(disposition);
    expect(headers['Content-Security-Policy']).toMatch(policy);
    expect(headers['X-Frame-Options']).toBe('DENY');
  });
});

describe('the nginx include', () => {
  it('is one add_header a header, sent with every status', () => {
    expect(nginxAddHeaders({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'self'; object-src 'none'" })).toBe(
      'add_header X-Frame-Options "DENY" always;\nadd_header Content-Security-Policy "default-src \'self\'; object-src \'none\'" always;\n',
    );
  });

  it.each([['a quote', 'a"b'], ['a variable', '$host'], ['a line break', 'a\nadd_header X y']])('refuses a value with %s', (_, value) => {
    expect(() => nginxAddHeaders({ 'X-Test': value })).toThrow(/nginx/);
  });
});
