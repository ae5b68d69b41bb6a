import { describe, expect, it } from 'vitest';
import { onlyInvisible, plainText, stripInvisible } from './plain-text.js';

describe('plainText: a single-line field as it is stored', () => {
  it.each([
    ['NUL and other C0 controls', 'Nguyễn\u0000 Văn\u0007 An', 'Nguyễn Văn An'],
    ['DEL and C1 controls', 'Nguyễn\u007F Văn\u0085An', 'Nguyễn Văn An'],
    ['a right-to-left override (U+202E)', 'tep\u202Egpj.exe', 'tepgpj.exe'],
    ['bidi embeddings, isolates and marks', '\u202AA\u202B\u202C\u202D\u2066B\u2067\u2068\u2069\u200E\u200F\u061CC', 'ABC'],
    ['zero-width characters', 'An\u200B\u200C\u200D\u2060\uFEFFh', 'Anh'],
    ['fillers that render as nothing', 'Lan\u3164\u115F', 'Lan'],
    ['a lone surrogate', 'Hoa\uD800', 'Hoa'],
    ['a line break or tab, as a space', 'Dòng một\r\nDòng\thai', 'Dòng một Dòng hai'],
    ['spaces at either end', '  Tiêu đề  ', 'Tiêu đề'],
  ])('removes %s', (_what, typed, stored) => {
    expect(plainText(typed)).toBe(stored);
  });

  it('composes Vietnamese letters however they were typed (NFC)', () => {
    expect(plainText('Nguyễn'.normalize('NFD'))).toBe('Nguyễn'.normalize('NFC'));
  });

  it('composes a letter and its mark that an invisible character kept apart', () => {
    expect(plainText('Ve\u200B\u0302')).toBe('Vê');
  });

  it('keeps what is visible: punctuation, other scripts, emoji', () => {
    expect(plainText('Ý kiến (lần 2): 100% đồng ý — 中文 🙂')).toBe('Ý kiến (lần 2): 100% đồng ý — 中文 🙂');
  });
});

describe('plainText with lines: a multi-line field', () => {
  it('keeps line breaks and tabs, every line ending made LF', () => {
    expect(plainText('Điều 1.\r\n\tKhoản 1.\rKhoản 2.\u2028Hết', { lines: true })).toBe('Điều 1.\n\tKhoản 1.\nKhoản 2.\nHết');
  });

  it('still removes every other control and invisible character', () => {
    expect(plainText('Nội\u0000 dung\u202E góp\u200B ý\u0008', { lines: true })).toBe('Nội dung góp ý');
  });
});

describe('stripInvisible', () => {
  it('keeps the spaces at either end a fragment of rich text needs', () => {
    expect(stripInvisible(' in đậm\u200B ')).toBe(' in đậm ');
  });
});

describe('onlyInvisible', () => {
  it.each([
    ['\u200B\u200B', true],
    ['\u202E', true],
    ['', false],
    ['   ', false],
    ['An', false],
  ])('%j typed, nothing visible left: %s', (typed, expected) => {
    expect(onlyInvisible(typed, plainText(typed))).toBe(expected);
  });
});
