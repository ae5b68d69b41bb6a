import { describe, expect, it } from 'vitest';
import { uploadHeaders, uploadRefusal, uploadType } from './uploads.js';

describe('the files an editor may upload', () => {
  it('takes images, PDF, Office documents, audio, video and archives whose content is what the name says', () => {
    expect(uploadRefusal('ảnh.JPG', 'image/jpeg')).toBeNull();
    expect(uploadRefusal('bao-cao.pdf', 'application/pdf')).toBeNull();
    expect(uploadRefusal('to-trinh.docx', 'application/zip')).toBeNull();
    expect(uploadRefusal('to-trinh.doc', 'application/x-cfb')).toBeNull();
    expect(uploadRefusal('phong-su.mp4', 'video/mp4')).toBeNull();
  });

  it('refuses the types a browser runs as script, whatever they are sniffed as', () => {
    for (const name of ['x.html', 'x.htm', 'x.svg', 'x.xhtml', 'x.js', 'x.mjs', 'x.xml', 'x', 'x.php']) {
      expect(uploadRefusal(name, 'image/jpeg'), name).toMatch(/không được tải lên: Cổng nhận ảnh, PDF/);
    }
  });

  it('refuses a file whose content is not what its name says, naming what was found', () => {
    expect(uploadRefusal('anh.jpg', undefined)).toMatch(/nội dung không phải ảnh \(không nhận ra\)/);
    expect(uploadRefusal('anh.png', 'application/pdf')).toMatch(/nội dung không phải ảnh \(application\/pdf\)/);
    expect(uploadRefusal('bao-cao.pdf', 'text/html')).toMatch(/không phải PDF/);
  });

  it('knows nothing of names inherited from Object', () => {
    expect(uploadType('x.constructor')).toBeNull();
    expect(uploadType('x.__proto__')).toBeNull();
  });
});

describe('how an upload is served', () => {
  it('shows images, audio and video in the page, with their listed type, never sniffed', () => {
    expect(uploadHeaders('/uploads/a.webp')).toMatchObject({ 'Content-Type': 'image/webp', 'X-Content-Type-Options': 'nosniff' });
    expect(uploadHeaders('/uploads/a.webp')['Content-Disposition']).toBeUndefined();
    expect(uploadHeaders('/uploads/a.mp3')['Content-Disposition']).toBeUndefined();
  });

  it('sends anything else as a download, and an unlisted name as bytes', () => {
    expect(uploadHeaders('/uploads/a.pdf')).toMatchObject({ 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment' });
    expect(uploadHeaders('/uploads/old.svg')).toMatchObject({ 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment' });
  });

  it('serves every file as a sandboxed document with no script', () => {
    expect(uploadHeaders('/uploads/a.jpg')['Content-Security-Policy']).toMatch(/default-src 'none'.*sandbox/);
  });
});
