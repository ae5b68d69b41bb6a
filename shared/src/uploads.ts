/**
 * The files an editor may upload, and how every server hands them out (the CMS, the publisher's
 * static server, the shipped nginx configuration). One list, so no server serves a type the CMS
 * would have refused, and none serves an allowed one in a way a browser could run as script.
 *
 * Each extension names the content types its bytes may be sniffed as (file-type's names): an
 * upload is accepted only when its name is listed here and its content is one of those. Text
 * formats (HTML, SVG, XML, JS) can't be told apart from script by their bytes, so none is here.
 */
export interface UploadType {
  /** What the file is served as. */
  mime: string;
  /** What its content may be sniffed as (Office formats are ZIP or CFB containers underneath). */
  sniffed: readonly string[];
  /** Shown in the page (images, audio, video); anything else is sent as a download. */
  inline: boolean;
  /** What the editor is told it is, in the refusal that lists what is allowed. */
  group: 'ảnh' | 'PDF' | 'văn bản Office' | 'âm thanh' | 'video' | 'tệp nén';
}

const image = (mime: string, ...also: string[]): UploadType => ({ mime, sniffed: [mime, ...also], inline: true, group: 'ảnh' });
const office = (mime: string, container: string): UploadType => ({ mime, sniffed: [mime, container], inline: false, group: 'văn bản Office' });
const audio = (mime: string, ...also: string[]): UploadType => ({ mime, sniffed: [mime, ...also], inline: true, group: 'âm thanh' });
const video = (mime: string, ...also: string[]): UploadType => ({ mime, sniffed: [mime, ...also], inline: true, group: 'video' });
const archive = (mime: string): UploadType => ({ mime, sniffed: [mime], inline: false, group: 'tệp nén' });

const CFB = 'application/x-cfb';
const ZIP = 'application/zip';

export const UPLOAD_TYPES: Readonly<Record<string, UploadType>> = {
  '.jpg': image('image/jpeg'),
  '.jpeg': image('image/jpeg'),
  '.png': image('image/png'),
  '.gif': image('image/gif'),
  '.webp': image('image/webp'),
  '.avif': image('image/avif'),
  '.pdf': { mime: 'application/pdf', sniffed: ['application/pdf'], inline: false, group: 'PDF' },
  '.doc': office('application/msword', CFB),
  '.xls': office('application/vnd.ms-excel', CFB),
  '.ppt': office('application/vnd.ms-powerpoint', CFB),
  '.docx': office('application/vnd.openxmlformats-officedocument.wordprocessingml.document', ZIP),
  '.xlsx': office('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ZIP),
  '.pptx': office('application/vnd.openxmlformats-officedocument.presentationml.presentation', ZIP),
  '.odt': office('application/vnd.oasis.opendocument.text', ZIP),
  '.ods': office('application/vnd.oasis.opendocument.spreadsheet', ZIP),
  '.odp': office('application/vnd.oasis.opendocument.presentation', ZIP),
  '.mp3': audio('audio/mpeg'),
  '.m4a': audio('audio/mp4', 'audio/x-m4a'),
  '.wav': audio('audio/wav', 'audio/x-wav', 'audio/vnd.wave'),
  '.ogg': audio('audio/ogg', 'audio/opus'),
  '.mp4': video('video/mp4'),
  '.webm': video('video/webm'),
  '.mov': video('video/quicktime'),
  '.zip': archive(ZIP),
  '.rar': archive('application/x-rar-compressed'),
  '.7z': archive('application/x-7z-compressed'),
};

/** The file name's extension, lower case with its dot ('' when it has none). */
export function uploadExtension(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

/** The type an upload of this name is, or null when the portal doesn't take such files. */
export function uploadType(name: string): UploadType | null {
  return Object.hasOwn(UPLOAD_TYPES, uploadExtension(name)) ? UPLOAD_TYPES[uploadExtension(name)]! : null;
}

/** Why an upload is refused, in Vietnamese, or null when it is accepted. */
export function uploadRefusal(name: string, sniffed: string | undefined): string | null {
  const type = uploadType(name);
  const allowed = `Cổng nhận ${[...new Set(Object.values(UPLOAD_TYPES).map((t) => t.group))].join(', ')} (${Object.keys(UPLOAD_TYPES).join(', ')}).`;
  if (!type) return `Tệp "${name}" không được tải lên: ${allowed}`;
  if (!sniffed || !type.sniffed.includes(sniffed)) {
    return `Tệp "${name}" có đuôi ${uploadExtension(name)} nhưng nội dung không phải ${type.group} (${sniffed ?? 'không nhận ra'}). Hãy mở tệp bằng phần mềm gốc, lưu lại đúng định dạng rồi tải lên lại.`;
  }
  return null;
}

/**
 * The headers a file under /uploads/ is served with: its listed type, never sniffed, and a
 * download unless it is an image, audio or video. A name the list doesn't hold (a file from
 * before the list, say) is sent as bytes to save, never as something a browser would run.
 */
export function uploadHeaders(name: string): Record<string, string> {
  const type = uploadType(name);
  return {
    'Content-Type': type?.mime ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    // Opened on its own, a file is a sandboxed document with no script, whatever it turns out to be.
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
    ...(type?.inline ? {} : { 'Content-Disposition': 'attachment' }),
  };
}
