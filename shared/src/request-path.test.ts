import { describe, expect, it } from 'vitest';
import { redirectPath, requestPath } from './request-path.js';

describe('the path of a request, as nginx’s $uri has it', () => {
  it.each([
    ['the home page', '/', '/'],
    ['a folder keeps its slash', '/tin-tuc/abc/', '/tin-tuc/abc/'],
    ['a file has none', '/rss.xml', '/rss.xml'],
    ['the query and fragment are no part of it', '/tim-kiem/?q=c%C3%B4ng#ket-qua', '/tim-kiem/'],
    ['percent-encoding is decoded, UTF-8', '/tin-tuc/b%E1%BA%A1n/', '/tin-tuc/bạn/'],
    ['an encoded slash is a slash', '/tin-tuc%2Fabc/', '/tin-tuc/abc/'],
    ['repeated slashes are one', '//tin-tuc///abc', '/tin-tuc/abc'],
    ['"." is dropped', '/./tin-tuc/./abc', '/tin-tuc/abc'],
    ['".." steps up, and leaves a folder', '/tin-tuc/abc/..', '/tin-tuc/'],
    ['an encoded ".." steps up too', '/tin-tuc/%2e%2e/_server/headers.json', '/_server/headers.json'],
    ['above the root stays at the root', '/..%2f..%2fetc%2fpasswd', '/etc/passwd'],
    ['"+" is a plus, not a space', '/a+b', '/a+b'],
  ])('%s: %s → %s', (_, target, path) => {
    expect(requestPath(target)).toBe(path);
  });

  it.each([
    ['percent-encoding that is not UTF-8', '/tin-tuc/%C3'],
    ['a malformed escape', '/%zz'],
    ['a target that is no path', 'http://tinh.gov.vn/'],
  ])('is none for %s (answered 400): %s', (_, target) => {
    expect(requestPath(target)).toBeNull();
  });
});

describe('the path of a redirect', () => {
  it.each([
    ['/tin-tuc/bai-cu/', '/tin-tuc/bai-cu'],
    ['/tin-tuc/bai-cu', '/tin-tuc/bai-cu'],
    ['/tin-tuc/b%61i-cu/?trang=2', '/tin-tuc/bai-cu'],
    ['/', '/'],
    ['/van-ban/Quyết-định', '/van-ban/Quyết-định'],
  ])('%s is keyed %s', (target, key) => {
    expect(redirectPath(target)).toBe(key);
  });
});
