import { describe, expect, it } from 'vitest';
import { documentTitle, gazetteIssueTitle } from './titles.js';

describe('documentTitle', () => {
  it.each([
    [{ number: '1730/TB-VP', documentType: { name: 'Thông báo' } }, 'Thông báo số 1730/TB-VP'],
    [{ number: '43/2011/NĐ-CP', documentType: { name: 'Nghị định' } }, 'Nghị định số 43/2011/NĐ-CP'],
    [{ number: '355/QĐ-UBND', documentType: { name: ' Quyết định ' } }, 'Quyết định số 355/QĐ-UBND'],
    [{ number: '355/QĐ-UBND', documentType: null }, 'Văn bản số 355/QĐ-UBND'],
    [{ number: '355/QĐ-UBND' }, 'Văn bản số 355/QĐ-UBND'],
    [{ number: '355/QĐ-UBND', documentType: { name: '' } }, 'Văn bản số 355/QĐ-UBND'],
    [{ number: '355/QĐ-UBND', documentType: { name: null } }, 'Văn bản số 355/QĐ-UBND'],
  ])('%j → %s', (document, title) => {
    expect(documentTitle(document)).toBe(title);
  });
});

describe('gazetteIssueTitle', () => {
  it.each([
    [{ number: 12, year: 2026 }, 'Công báo số 12 năm 2026'],
    [{ number: '1', year: '2025' }, 'Công báo số 1 năm 2025'],
  ])('%j → %s', (issue, title) => {
    expect(gazetteIssueTitle(issue)).toBe(title);
  });
});
