/** The verdict on a PDF's digital signatures (kết quả kiểm tra chữ ký số). */
export type SignatureVerdict = 'valid' | 'invalid' | 'unsigned' | 'untrusted';

export const signatureVerdictLabels: Record<SignatureVerdict, string> = {
  valid: 'Hợp lệ',
  invalid: 'Không hợp lệ',
  unsigned: 'Không có chữ ký',
  untrusted: 'Không xác định được chuỗi tin cậy',
};
