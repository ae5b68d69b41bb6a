// Used by the browser and the build: the document-number lookup, files the build writes under
// /tim-kiem/so-ky-hieu/ and the search page fetches for a query that looks like a number.
import { foldVietnamese, slugify } from '@cong/shared';

/** A document as the number lookup lists it. */
export interface NumberEntry {
  number: string;
  /** The number folded for comparison: "355/QD-UBND". */
  key: string;
  url: string;
  title: string;
  excerpt: string;
  date: string;
}

// 120,000 documents in ten years: 128 files of ~1,000 numbers each, so a lookup downloads
// one small file, not all of them.
export const numberBuckets = 128;

/** What a typed number is compared by: đ as D, upper case, no spaces. */
export const numberKey = (text: string) => foldVietnamese(text).toUpperCase().replace(/\s+/g, '');

/** The file of numbers that start with these digits: /tim-kiem/so-ky-hieu/<n>.json. */
export const bucketUrl = (digits: string) => `/tim-kiem/so-ky-hieu/${Number(digits) % numberBuckets}.json`;

/** The code part of a number, "TB-VP" of "1730/TB-VP". */
export const codeOf = (key: string) => key.slice(key.lastIndexOf('/') + 1);
/** The file listing the newest documents of a code. */
export const codeUrl = (code: string) => `/tim-kiem/so-ky-hieu/ma/${slugify(code)}.json`;

/** How many of a code's newest documents its file lists (Pagefind finds the rest). */
export const newestPerCode = 50;
