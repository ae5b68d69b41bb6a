import { createCipheriv, createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import type { GeneratedMedia } from '@cong/shared';
import { uploadOnce } from '../seed/media.ts';
import type { Tally } from '../seed/tally.ts';

/** What a generated file's PDF says before it is padded to its size (its entry's title page). */
export type PdfOf = (file: GeneratedMedia) => Promise<Uint8Array>;

/**
 * Makes each generated file and uploads it once through the media library's upload service,
 * as an editor's upload is stored (a photo is resized into each of the CMS's formats); returns
 * each file's id by key. Two at a time: one is resized by sharp's threads while the other is written.
 */
export async function importMedia(
  strapi: Core.Strapi,
  media: GeneratedMedia[],
  { pdfOf, tally, log }: { pdfOf: PdfOf; tally: Tally; log: (line: string) => void },
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const started = performance.now();
  let next = 0;
  let bytes = 0;
  let lastLog = started;
  const worker = async () => {
    while (next < media.length) {
      const file = media[next++]!;
      const made = file.kind === 'photo' ? await photo(file) : await padded(await pdfOf(file), file);
      bytes += made.byteLength;
      const uploaded = await uploadOnce(strapi, tally, {
        name: file.key,
        mime: file.kind === 'photo' ? 'image/jpeg' : 'application/pdf',
        bytes: async () => made,
        alternativeText: file.kind === 'photo' ? 'Ảnh minh họa (dữ liệu mẫu)' : undefined,
      });
      ids.set(file.key, uploaded.id);
      if (performance.now() - lastLog > 3000 || ids.size === media.length) {
        lastLog = performance.now();
        const seconds = (lastLog - started) / 1000;
        log(`media: ${ids.size}/${media.length} (${(bytes / 2 ** 20).toFixed(0)} MB, ${(ids.size / seconds).toFixed(1)}/s)`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return ids;
}

/** `length` bytes drawn from `seed` (AES in counter mode: fast, and the same for the same seed). */
function seededBytes(seed: number, length: number): Buffer {
  const key = createHash('sha256').update(`cong media ${seed}`).digest();
  return createCipheriv('aes-256-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

const photoSize = { width: 1600, height: 900 };

/**
 * A 1600×900 JPEG of about `file.bytes`: a gradient with seeded noise over it, the noise's
 * strength chosen for the size (a photo's size is in its detail, which noise stands for).
 */
async function photo(file: GeneratedMedia): Promise<Buffer> {
  const strength = await noiseFor(file.bytes);
  return noisyJpeg(file.seed, strength);
}

async function noisyJpeg(seed: number, strength: number): Promise<Buffer> {
  const { width, height } = photoSize;
  const noise = seededBytes(seed, width * height * 3);
  const pixels = Buffer.alloc(width * height * 3);
  const tint = [40 + (seed % 60), 80 + ((seed >> 8) % 60), 120 + ((seed >> 16) % 60)];
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = (x + y) / (width + height);
      for (let c = 0; c < 3; c++, i++) pixels[i] = Math.max(0, Math.min(255, tint[c]! + shade * 100 + ((noise[i]! - 128) * strength) / 128));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

// JPEG size by noise strength, measured once: sizes between are interpolated.
let calibration: Promise<Array<[strength: number, bytes: number]>> | undefined;
async function noiseFor(bytes: number): Promise<number> {
  calibration ??= Promise.all([2, 4, 8, 16, 32, 64].map(async (strength) => [strength, (await noisyJpeg(1, strength)).byteLength] as [number, number]));
  const points = await calibration;
  const above = points.findIndex(([, size]) => size >= bytes);
  if (above <= 0) return above === 0 ? points[0]![0] : points.at(-1)![0];
  const [s0, b0] = points[above - 1]!;
  const [s1, b1] = points[above]!;
  return s0 + ((s1 - s0) * (bytes - b0)) / (b1 - b0);
}

/** The PDF with an attachment of seeded bytes making it about `file.bytes` long (a scanned annex stands for it). */
async function padded(pdf: Uint8Array, file: GeneratedMedia): Promise<Uint8Array> {
  const missing = file.bytes - pdf.byteLength;
  if (missing <= 0) return pdf;
  const document = await PDFDocument.load(pdf);
  await document.attach(seededBytes(file.seed, missing), 'phu-luc.bin', { mimeType: 'application/octet-stream', description: 'Phụ lục (dữ liệu mẫu)' });
  return document.save();
}
