// What people type into a plain-text field (a citizen's name, an editor's title), tidied the
// same way wherever it is stored: the CMS's rules, the public comment form, the bulk importer.

// Characters nobody sees: controls (C0, DEL, C1), format characters (bidi embeddings,
// overrides and isolates U+202A–U+202E and U+2066–U+2069, marks U+200E/U+200F/U+061C,
// zero-width U+200B–U+200D, U+2060, U+FEFF), fillers that render as nothing (U+3164, U+115F)
// and lone surrogates. Vietnamese needs none of them; what they are used for in text people
// type is to look like something else: a name made only of them looks empty, and U+202E
// shows "gpj.exe" as "exe.jpg".
const invisible = /[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
// The same, except the line breaks and tabs a multi-line field keeps.
const invisibleButLines = /(?![\n\t])[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
// Every way a line can end (CRLF, CR, NEL, VT, FF, the Unicode separators) becomes LF.
const lineEnd = /\r\n?|[\u0085\u000B\u000C\u2028\u2029]/g;

/**
 * Removes what cannot be seen and composes Vietnamese letters (NFC), so a title or name is
 * stored as it reads and compared as it reads. Keeps line breaks and tabs only if `lines`.
 * Inner spaces stay as typed: a fragment of rich text needs its spaces at either end.
 */
export function stripInvisible(value: string, { lines = false }: { lines?: boolean } = {}): string {
  const unified = value.replace(lineEnd, '\n');
  // Stripped before composing: "e", U+200B, U+0301 must become "é", as it reads.
  const visible = lines ? unified.replace(invisibleButLines, '') : unified.replace(/[\n\t]+/g, ' ').replace(invisible, '');
  return visible.normalize('NFC');
}

/** A plain-text field as stored: {@link stripInvisible}, then trimmed. */
export function plainText(value: string, options: { lines?: boolean } = {}): string {
  return stripInvisible(value, options).trim();
}

/** True when what was typed had characters but none of them can be seen. */
export function onlyInvisible(typed: unknown, cleaned: string): boolean {
  return typeof typed === 'string' && typed.trim() !== '' && cleaned === '';
}

/** Why a required field is refused when everything typed in it was invisible. */
export function invisibleOnlyMessage(label: string): string {
  return `${label} chỉ có ký tự ẩn, không hiển thị được. Vui lòng gõ lại.`;
}
