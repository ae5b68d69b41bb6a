// The files an entry shows, found in its JSON wherever they are (a cover, a rich-text image, a
// document's files, a gazette issue's PDF, a link to an uploaded file), and the entry without
// those the build could not carry. Pure functions: the content sync and the pages use them.

/** A Strapi media object (an image, one of its sizes, a file): what the media library hands out. */
interface MediaObject {
  url: string;
  mime: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const isMedia = (value: unknown): value is MediaObject & Json => isObject(value) && typeof value.url === 'string' && typeof value.mime === 'string';
// A rich-text link (or another plain URL field) to an uploaded file: carried like a file.
const isUploadLink = (value: unknown): value is { url: string } & Json =>
  isObject(value) && !isMedia(value) && typeof value.url === 'string' && value.url.startsWith('/uploads/');

/**
 * Whether a URL names a file of the CMS's own media library, which the build can copy into the
 * site: "/uploads/<name>", with nothing that could climb out of the folder it is copied into.
 */
export function isUploadPath(url: string): boolean {
  if (!url.startsWith('/uploads/') || /[?#\\\0]/.test(url)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return false;
  }
  return decoded
    .slice('/uploads/'.length)
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\0') && !part.includes('\\'));
}

/** Every file URL an entry shows: its media (their sizes too) and its links to uploaded files, each once. */
export function mediaUrls(entry: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (isObject(value)) {
      if (isMedia(value) || isUploadLink(value)) found.add(value.url as string);
      for (const item of Object.values(value)) walk(item);
    }
  };
  walk(entry);
  return [...found];
}

/** One of the broken files an entry shows, where it is: its top-level field. */
export interface BrokenMedia {
  url: string;
  field: string;
  kind: 'image' | 'file';
}

/**
 * The files of `entry` whose URL is in `broken`, each with its field. The sizes of an image
 * that is itself broken go with it, unnamed: the editor replaces the image, not its sizes.
 */
export function brokenMediaIn(entry: Json, broken: ReadonlySet<string>): BrokenMedia[] {
  const found = new Map<string, BrokenMedia>();
  const walk = (value: unknown, field: string): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, field);
    else if (isObject(value)) {
      if ((isMedia(value) || isUploadLink(value)) && broken.has(value.url as string)) {
        const kind = isMedia(value) && value.mime.startsWith('image/') ? 'image' : 'file';
        if (!found.has(value.url as string)) found.set(value.url as string, { url: value.url as string, field, kind });
        if (isMedia(value)) return;
      }
      for (const item of Object.values(value)) walk(item, field);
    }
  };
  for (const [field, value] of Object.entries(entry)) walk(value, field);
  return [...found.values()];
}

/**
 * The entry as its page shows it without the files in `broken`: a broken medium leaves a list,
 * becomes null in a field (the components show nothing for it), leaves its image's sizes; a
 * link to a broken file keeps its text and loses its address. Nothing of `value` is changed.
 */
export function withoutMedia<T>(value: T, broken: ReadonlySet<string>): T {
  const isBroken = (item: unknown) => isMedia(item) && broken.has(item.url);
  const strip = (item: unknown, isFormats = false): unknown => {
    if (Array.isArray(item)) return item.filter((element) => !isBroken(element)).map((element) => strip(element));
    if (!isObject(item)) return item;
    if (isUploadLink(item) && broken.has(item.url)) return { ...item, url: null };
    const copy: Json = {};
    for (const [key, child] of Object.entries(item)) {
      if (!isBroken(child)) copy[key] = strip(child, key === 'formats');
      // A broken size leaves its image's formats; a broken medium in a field leaves it empty.
      else if (!isFormats) copy[key] = null;
    }
    return copy;
  };
  return strip(value) as T;
}
