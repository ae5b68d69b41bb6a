import { hostLabelFor, slugify, starterPages, type GeneratedArticle, type GeneratedDocument, type GeneratedUnit } from '@cong/shared';
import { Random } from './random.ts';
import { agencies, departments, fields, people, placeWords, subjects, unitActions } from './vocabulary.ts';

// The province's component sites (NĐ 224/2026 Đ11): 20 sở, ban, ngành and 100 xã and phường,
// each with its own news and documents at what such a unit publishes in a year.

/** How many of each kind a whole province has. */
export const UNIT_COUNTS = { department: 20, commune: 100 } as const;
/** What one unit publishes a year, at least and at most, before the `fraction` scaling. */
export const UNIT_PER_YEAR: Record<'department' | 'commune', { articles: [number, number]; documents: [number, number] }> = {
  department: { articles: [60, 150], documents: [100, 400] },
  commune: { articles: [10, 40], documents: [20, 80] },
};

// A sở every sixth unit: the first 10, 50 or 120 (the growth measurements) mix the kinds as the province does.
const kindAt = (index: number): 'department' | 'commune' => (index % 6 === 0 ? 'department' : 'commune');
// Each unit draws from its own streams (one for its pages, one for its years): its content is
// the same however many units are generated.
const unitRandom = (seed: number, index: number, stream: 'pages' | 'years') =>
  new Random((seed * 7919 + (index + 1) * 104_729 + (stream === 'years' ? 15_485_863 : 0)) >>> 0);

/**
 * The first `count` units of the province (at most 120), in their order: names plausible and
 * Vietnamese, host labels by `hostLabelFor`, unique; each with its starter pages written.
 */
export function componentUnits(count: number, seed: number, sentences: string[]): GeneratedUnit[] {
  const communes = communeNames(seed);
  const units: GeneratedUnit[] = [];
  let [department, commune] = [0, 0];
  for (let index = 0; index < Math.min(count, UNIT_COUNTS.department + UNIT_COUNTS.commune); index++) {
    const kind = department < UNIT_COUNTS.department && (kindAt(index) === 'department' || commune >= UNIT_COUNTS.commune) ? 'department' : 'commune';
    let fullName: string, shortName: string, abbreviation: string;
    if (kind === 'department') {
      [fullName, abbreviation] = departments[department++]!;
      shortName = fullName;
    } else {
      // "Xã Tân Phú" is the Ủy ban nhân dân xã Tân Phú, signing as UBND.
      shortName = communes[commune++]!;
      const [level, ...place] = shortName.split(' ');
      [fullName, abbreviation] = [`Ủy ban nhân dân ${level!.toLowerCase()} ${place.join(' ')}`, 'UBND'];
    }
    const random = unitRandom(seed, index, 'pages');
    units.push({
      kind,
      fullName,
      shortName,
      // A xã's from its short name ("Xã An Bình" → xaanbinh), as NĐ 224/2026 Đ11 k4's example.
      hostLabel: hostLabelFor(shortName),
      abbreviation,
      order: index + 1,
      pages: starterPages(kind).map((title) => ({
        title,
        body: [`${shortName}: ${title.toLowerCase()}.`, ...Array.from({ length: random.int(2, 4) }, () => random.pick(sentences))],
      })),
    });
  }
  return units;
}

/** The 100 xã and phường: two place words each, in a seeded order, no two alike. */
function communeNames(seed: number): string[] {
  const random = new Random(seed ^ 0x5eed);
  const names = new Set<string>();
  while (names.size < UNIT_COUNTS.commune) {
    const [first, second] = [random.pick(placeWords), random.pick(placeWords)];
    // A phường where there are more people: about one in seven.
    const name = `${random.chance(0.15) ? 'Phường' : 'Xã'} ${first} ${second}`;
    // Not "Xã An Bình" and "Phường An Bình" both: one place, one label.
    if (first !== second && ![...names].some((taken) => taken.endsWith(` ${first} ${second}`))) names.add(name);
  }
  return [...names];
}

/** The agencies the province's own documents are issued by, by name: a sở among them numbers in their sequence. */
const provinceAgencies = new Map<string, string>(agencies.map(([name, abbreviation]) => [name, abbreviation]));

/** The key a unit's documents are numbered under within a year: its agency's, shared with the province's when the same. */
export const unitSequenceKey = (unit: GeneratedUnit) => provinceAgencies.get(unit.fullName) ?? `unit:${unit.hostLabel}`;

/** The stream each unit's years are drawn from, in the units' order, kept from one year to the next. */
export const unitStreams = (units: GeneratedUnit[], seed: number): Random[] => units.map((_, index) => unitRandom(seed, index, 'years'));

/**
 * One year of one unit: its documents (numbered in `sequence`, shared with the province's) and
 * its articles, dated through the year, none after `until`.
 */
export function unitYear(
  unit: GeneratedUnit,
  random: Random,
  { year, fraction, until, sequence, sentences, categories }: { year: number; fraction: number; until: Date; sequence: Map<string, number>; sentences: string[]; categories: string[] },
): { documents: GeneratedDocument[]; articles: GeneratedArticle[] } {
  const volumes = UNIT_PER_YEAR[unit.kind as 'department' | 'commune'];
  const count = ([min, max]: [number, number]) => Math.max(1, Math.round(random.int(min, max) * fraction));
  const future = (iso: string) => iso > until.toISOString();
  // "xã" or "phường": how its own signers and excerpts name it.
  const local = unit.shortName.replace(/^(Xã|Phường)/, (word) => word.toLowerCase());
  const signerTitles =
    unit.kind === 'commune'
      ? [`Chủ tịch UBND ${local.split(' ')[0]}`, `KT. Chủ tịch, Phó Chủ tịch UBND ${local.split(' ')[0]}`]
      : unit.fullName.startsWith('Sở')
        ? ['Giám đốc', 'KT. Giám đốc, Phó Giám đốc']
        : ['Thủ trưởng cơ quan'];
  const documents: GeneratedDocument[] = [];
  const documentCount = count(volumes.documents);
  for (let n = 0; n < documentCount; n++) {
    const issuedDate = new Date(Date.UTC(year, 0, 1 + Math.floor((n * 365) / documentCount))).toISOString().slice(0, 10);
    if (future(issuedDate)) break;
    const type = random.pick(['QĐ', 'QĐ', 'CV', 'CV', 'TB', 'KH', 'BC'] as const);
    const key = unitSequenceKey(unit);
    const next = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, next);
    const number = type === 'CV' ? `${next}/${unit.abbreviation}-${random.pick(['VP', 'TH', 'KT'])}` : `${next}/${type}-${unit.abbreviation}`;
    documents.push({
      key: `${number}@${unit.hostLabel}@${year}`,
      number,
      slug: slugify(`${number} ${unit.hostLabel} ${year}`),
      type,
      agency: unit.abbreviation,
      field: random.pick(fields),
      signer: random.pick(people),
      signerTitle: random.pick(signerTitles),
      issuedDate,
      effectiveDate: type === 'QĐ' ? issuedDate : null,
      expiryDate: null,
      excerpt: `${type === 'CV' ? 'V/v' : 'Về việc'} ${random.pick(subjects)} ${unit.kind === 'commune' ? `trên địa bàn ${local}` : 'của ngành'} năm ${year}`,
      replaces: [],
      unit: unit.hostLabel,
    });
  }
  const articles: GeneratedArticle[] = [];
  const articleCount = count(volumes.articles);
  for (let n = 0; n < articleCount; n++) {
    const displayDate = new Date(Date.UTC(year, 0, 1) + ((n + 0.5) * 365 * 86_400_000) / articleCount).toISOString();
    if (future(displayDate)) break;
    const title = `${unit.shortName} ${random.pick(unitActions)} ${random.pick(subjects)}`;
    articles.push({
      title,
      slug: `${slugify(title, 80)}-${unit.hostLabel}-${year}${String(n).padStart(4, '0')}`,
      summary: random.pick(sentences),
      body: Array.from({ length: random.int(3, 7) }, () => random.pick(sentences)),
      category: random.pick(categories),
      byline: random.pick(people),
      displayDate,
      unit: unit.hostLabel,
    });
  }
  return { documents, articles };
}
