// Units (đơn vị): the provincial portal and every component site of it (NĐ 224/2026 Đ11).
// The CMS's unit type, its rules, the seed and the site read these, so they live once here.

import { foldVietnamese } from './slug.js';

/** The kinds of unit a province has, as the unit type stores them, with their Vietnamese names. */
export const UNIT_KINDS = {
  province: 'UBND tỉnh',
  department: 'Sở, ban, ngành',
  commune: 'UBND xã, phường, đặc khu',
  public_service: 'Đơn vị sự nghiệp',
  // A district: the level the 2025 reform removed, kept for the entries of former districts.
  district: 'UBND huyện (cấp huyện cũ)',
} as const;
export type UnitKind = keyof typeof UNIT_KINDS;

/** Where a unit stands: active, or replaced by successors after a reorganisation. */
export const UNIT_STATUSES = {
  active: 'Đang hoạt động',
  merged: 'Đã sáp nhập',
  split: 'Đã chia tách',
  renamed: 'Đã đổi tên',
} as const;
export type UnitStatus = keyof typeof UNIT_STATUSES;

/** A unit as the REST API gives it to the site build. */
export interface Unit {
  documentId: string;
  kind: UnitKind;
  fullName: string;
  shortName: string | null;
  /** The first label of its site's host (`sotaichinh` → sotaichinh.<tỉnh>.gov.vn). */
  hostLabel: string;
  status: UnitStatus;
  /** The first day it existed, and the day it ceased (its successors' first), yyyy-mm-dd. */
  validFrom: string | null;
  validTo: string | null;
  governingBody: string | null;
  responsiblePerson: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  order: number | null;
  parent?: { documentId: string; hostLabel: string } | null;
  successors?: Array<{ documentId: string; hostLabel: string }>;
}

/** The longest DNS label (RFC 1035): the host label is one. */
export const HOST_LABEL_MAX = 63;
/** A host label: lower-case letters and digits, inner hyphens, at most 63 characters. */
export const HOST_LABEL_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host label a unit's site is served at, from its full name without diacritics as
 * NĐ 224/2026 Đ11 k4 says ("Sở Tài chính" → "sotaichinh", "Phường Ba Đình" → "phuongbadinh");
 * the editor may change it (shorter, or as the province already uses it).
 */
export function hostLabelFor(fullName: string): string {
  return foldVietnamese(fullName)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, HOST_LABEL_MAX);
}

/** Why a host label is refused, in Vietnamese, or null when it is a valid one. */
export function hostLabelProblem(label: string): string | null {
  if (label === '') return 'Hãy nhập tên miền con của đơn vị (chữ thường không dấu và số, ví dụ sotaichinh).';
  if (label.length > HOST_LABEL_MAX) return `Tên miền con dài tối đa ${HOST_LABEL_MAX} ký tự.`;
  if (!HOST_LABEL_PATTERN.test(label)) {
    return 'Tên miền con chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang ở giữa, ví dụ sotaichinh hoặc xa-an-binh.';
  }
  return null;
}

/**
 * A date as administrative documents write it (NĐ 30/2020 phụ lục I: days below 10 and the
 * months January and February with a leading zero): "01/7/2025", "15/02/2026".
 */
function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  const m = Number(month);
  return `${day}/${m <= 2 ? String(m).padStart(2, '0') : m}/${year}`;
}

/**
 * How an entry of a unit is labelled: the unit's full name, and for a unit no longer active
 * the day it ceased ("UBND huyện Vĩnh Lợi (trước 1/7/2025)").
 */
export function unitLabel(unit: Pick<Unit, 'fullName' | 'status' | 'validTo'>): string {
  if (unit.status === 'active' || !unit.validTo) return unit.fullName;
  return `${unit.fullName} (trước ${dayMonthYear(unit.validTo)})`;
}

/**
 * The pages a new unit's site starts with, as drafts for its editors to fill (NĐ 224/2026 Đ9
 * k1 b–c): every unit presents its organisation, functions, leaders (each with tiểu sử tóm tắt
 * and nhiệm vụ) and contacts; a xã also its administrative map, history, culture, relics and
 * landscapes.
 */
export function starterPages(kind: UnitKind): string[] {
  const common = ['Giới thiệu', 'Cơ cấu tổ chức', 'Chức năng, nhiệm vụ', 'Lãnh đạo'];
  const place = ['Bản đồ địa giới hành chính', 'Lịch sử', 'Văn hóa', 'Di tích, danh thắng'];
  return [...common, ...(kind === 'commune' ? place : []), 'Liên hệ'];
}

/** The text a starter page holds until the unit's editor writes it. */
export const STARTER_PAGE_TEXT = 'Trang này đang được biên tập. Nội dung sẽ được cập nhật sớm.';
