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

/**
 * Fields a unit's editor sees but cannot change, beyond those: whether the Center took the
 * unit's article onto the provincial home page is the Center's decision (the unit proposes it).
 */
export const unitEditorReadOnlyFields = new Set([...editorReadOnlyFields, 'onPortal']);
