// Fixtures for the tests of every package: certificate authorities and PDFs signed with them.
export { countersign, issue, rootCa, signedPdf, signPdf, unsignedPdf, type Identity } from './pdf-signatures/sign.js';
