import { columns, type ExportRow } from './rows';

// A cell that starts like a formula would run in Excel: make it text.
const formula = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = formula.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV that Excel opens with Vietnamese intact: UTF-8 with a BOM, CRLF line ends. */
export function toCsv(rows: ExportRow[]): Buffer {
  const lines = [columns.map(([, heading]) => cell(heading)).join(',')];
  for (const row of rows) lines.push(columns.map(([key]) => cell(row[key])).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
