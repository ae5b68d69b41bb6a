import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import * as fixtures from './fixtures';

const cms = () => inject('cmsUrl');

async function exportAs(jwt: string | null, consultation: string, format: 'csv' | 'xlsx') {
  return fetch(`${cms()}/cong-export/comments?consultation=${consultation}&format=${format}`, {
    headers: jwt ? { Authorization: `Bearer ${jwt}` } : {},
  });
}

describe('export of a consultation’s comments for the drafting agency', () => {
  it('gives a Moderator every comment, in every state, with contact details, as CSV that Excel reads in Vietnamese', async () => {
    const consultation = await fixtures.consultation();
    await fixtures.comment(consultation.documentId, { fullName: 'Nguyễn Thị Ánh', content: 'Góp ý thứ nhất, có dấu phẩy, và "ngoặc kép".', moderationStatus: 'approved' });
    await fixtures.comment(consultation.documentId, { fullName: 'Đặng Văn Bảo', content: '=HYPERLINK("http://x")', moderationStatus: 'rejected' });
    await fixtures.comment(consultation.documentId, { fullName: 'Vũ Thị Cúc', content: 'Dòng một\nDòng hai' });

    const response = await exportAs(await fixtures.adminWithRole('cong-moderator'), consultation.documentId, 'csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="gop-y-du-thao-.*\.csv"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8').slice(1);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Mã tiếp nhận,Thời gian nhận,Họ và tên,Cơ quan/tổ chức,Thư điện tử,Số điện thoại,"Điều, khoản góp ý",Nội dung góp ý,Trạng thái kiểm duyệt');
    expect(csv).toContain('Nguyễn Thị Ánh');
    expect(csv).toContain('"Góp ý thứ nhất, có dấu phẩy, và ""ngoặc kép""."');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"Dòng một\nDòng hai"');
    expect(csv).toContain('nguyenvanan@example.vn');
    expect(csv).toContain('0912345678');
    expect(csv).toContain('Đã duyệt');
    expect(csv).toContain('Từ chối');
    expect(csv).toContain('Chờ duyệt');
  });

  it('gives the same as an Excel workbook', async () => {
    const consultation = await fixtures.consultation();
    await fixtures.comment(consultation.documentId, { fullName: 'Hồ Thị Duyên', content: 'Nội dung tiếng Việt đầy đủ dấu: ắ ằ ẳ ẵ ặ ơ ư đ.' });
    const response = await exportAs(inject('adminJwt'), consultation.documentId, 'xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any);
    const sheet = workbook.getWorksheet('Góp ý')!;
    expect(sheet.getRow(2).getCell(3).value).toBe('Họ và tên');
    expect(sheet.getRow(3).getCell(3).value).toBe('Hồ Thị Duyên');
    expect(sheet.getRow(3).getCell(5).value).toBe('nguyenvanan@example.vn');
    expect(sheet.getRow(3).getCell(8).value).toBe('Nội dung tiếng Việt đầy đủ dấu: ắ ằ ẳ ẵ ặ ơ ư đ.');
  });

  it('is refused to the public, to API tokens and to Editors', async () => {
    const consultation = await fixtures.consultation();
    expect((await exportAs(null, consultation.documentId, 'csv')).status).toBe(401);
    expect((await exportAs(inject('fullAccessToken'), consultation.documentId, 'csv')).status).toBe(401);
    const editor = await exportAs(await fixtures.adminWithRole('cong-editor'), consultation.documentId, 'csv');
    expect(editor.status).toBe(403);
    expect((await editor.json()).error.message).toBe('Bạn không có quyền tải góp ý.');
  });
});
