import ExcelJS from 'exceljs';
import { columns, type ExportRow } from './rows';

/** An Excel workbook of the comments: one sheet, headings bold and frozen, every cell text. */
export async function toXlsx(rows: ExportRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng Thông tin điện tử tỉnh';
  const sheet = workbook.addWorksheet('Góp ý', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  const heading = sheet.addRow(columns.map(([, label]) => label));
  heading.font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map(([key]) => row[key]));
  sheet.columns.forEach((column, index) => {
    column.width = columns[index]![0] === 'content' ? 80 : 22;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
