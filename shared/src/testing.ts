// Fixtures for the tests of every package: certificate authorities and PDFs signed with them.
export { countersign, issue, rootCa, signedPdf, signPdf, unsignedPdf, type Identity } from './pdf-signatures/sign.js';
// …and the records the packages hand each other.
export { lostArticleImage } from './testing-fixtures.js';
