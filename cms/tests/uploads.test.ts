import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { unsignedPdf } from '@cong/shared/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as fixtures from './fixtures';

// What an Editor (Biên tập viên) may put in the media library, and how the CMS hands it out.
// An editor is not trusted with script on anyone's browser, nor with the CMS's network.

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const script = '<html><body><script>fetch("/admin/users/me")</script></body></html>';
let editor: string;

beforeAll(async () => {
  editor = await fixtures.adminWithRole('cong-editor');
});

/** Uploads through the admin's media library as the editor; a `replace` id replaces that file. */
async function uploadAsEditor(name: string, bytes: Uint8Array | string, type: string, replace?: number) {
  const form = new FormData();
  form.append('fileInfo', JSON.stringify({ name }));
  form.append('files', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${inject('cmsUrl')}/upload${replace ? `?id=${replace}` : ''}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${editor}` },
    body: form,
  });
  const body = await response.json();
  return { status: response.status, body, file: (Array.isArray(body) ? body[0] : body) as { id: number; url: string } };
}

describe('the files an Editor may upload', () => {
  it.each([
    ['trang.html', 'text/html'],
    ['trang.htm', 'text/html'],
    ['bieu-tuong.svg', 'image/svg+xml'],
    ['trang.xhtml', 'application/xhtml+xml'],
    ['ma.js', 'text/javascript'],
    ['du-lieu.xml', 'application/xml'],
    ['khong-duoi', 'application/octet-stream'],
  ])('refuses %s, saying in Vietnamese what the portal takes', async (name, type) => {
    const reply = await uploadAsEditor(name, script, type);
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain(`Tệp "${name}" không được tải lên: Cổng nhận ảnh, PDF, văn bản Office`);
  });

  it('refuses script dressed as an image or a PDF: the content decides, not the name', async () => {
    for (const [name, type] of [['anh.jpg', 'image/jpeg'], ['anh.png', 'image/png'], ['van-ban.pdf', 'application/pdf']]) {
      const reply = await uploadAsEditor(name!, script, type!);
      expect(reply.status, name).toBe(400);
      expect(reply.body.error.message, name).toMatch(/nội dung không phải (ảnh|PDF) \(không nhận ra\)/);
    }
  });

  it('refuses the same through the REST upload route, as through every route that takes files', async () => {
    const form = new FormData();
    form.append('files', new Blob([script], { type: 'text/html' }), 'trang.html');
    const response = await fetch(`${inject('cmsUrl')}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${inject('fullAccessToken')}` }, body: form });
    expect(response.status).toBe(400);
  });

  it('refuses script as the new bytes of a file it replaces, and the file stays as it was', async () => {
    const image = await uploadAsEditor('anh-goc.png', png, 'image/png');
    const served = async () => Buffer.from(await (await fetch(`${inject('cmsUrl')}${image.file.url}`)).arrayBuffer());
    const before = await served();
    const replaced = await uploadAsEditor('anh-goc.png', script, 'image/png', image.file.id);
    expect(replaced.status).toBe(400);
    expect(await served()).toEqual(before);
  });

  it('takes the images, PDFs and Office documents a newsroom has', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Số liệu').addRow(['Xã', 'Dân số']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    for (const [name, bytes, type] of [
      ['anh.png', png, 'image/png'],
      ['bao-cao.pdf', await unsignedPdf(), 'application/pdf'],
      ['so-lieu.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      expect((await uploadAsEditor(name, bytes, type)).status, name).toBe(201);
    }
  });
});

describe('how the CMS serves uploads', () => {
  it('an image shows in the page, with its own type and never sniffed', async () => {
    const { file } = await uploadAsEditor('hien-thi.png', png, 'image/png');
    const served = await fetch(`${inject('cmsUrl')}${file.url}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBeNull();
    expect(served.headers.get('content-security-policy')).toMatch(/sandbox/);
  });

  it('anything else is a download', async () => {
    const { file } = await uploadAsEditor('tai-ve.pdf', await unsignedPdf(), 'application/pdf');
    const served = await fetch(`${inject('cmsUrl')}${file.url}`);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toBe('attachment');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe("the media library's import from a web address", () => {
  let hits = 0;
  let server: http.Server;
  beforeAll(async () => {
    server = http.createServer((_request, response) => {
      hits += 1;
      response.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is switched off: the CMS fetches nothing for an editor, in any notation, and says so the same way', async () => {
    const { port } = server.address() as AddressInfo;
    const answers = new Set<string>();
    for (const url of [`http://127.0.0.1:${port}/a.png`, `http://0.0.0.0:${port}/a.png`, `http://[::1]:${port}/a.png`, `http://2130706433:${port}/a.png`, 'http://127.0.0.1:1/a.png', 'https://example.gov.vn/a.png']) {
      const response = await fetch(`${inject('cmsUrl')}/upload/actions/upload-from-urls`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${editor}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ urls: [url] }),
      });
      answers.add(`${response.status} ${await response.text()}`);
    }
    expect(hits).toBe(0);
    expect([...answers]).toHaveLength(1);
    expect([...answers][0]).toContain('403');
    expect([...answers][0]).toContain('Cổng không tải tệp từ địa chỉ web');
  });
});
