// Fields the portal writes itself. Listed once: the rules drop an editor's copy of them, and
// the Editor role may read but not change them in the admin.

/** What a signature check records (the Super Admin's override aside). */
export const signatureRecordFields = [
  'signatureVerdict',
  'signatureReason',
  'signatures',
  'signatureCheckedAt',
  'signatureOverrideBy',
  'signatureOverrideAt',
];

/** Fields an Editor sees but cannot change: the server's, and the Super Admin's override. */
export const editorReadOnlyFields = new Set([...signatureRecordFields, 'signatureOverride', 'numberingWarning']);
