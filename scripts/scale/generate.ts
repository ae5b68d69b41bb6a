import { slugify, type GeneratedArticle, type GeneratedDocument, type Province } from '@cong/shared';
import { addMedia } from './media.ts';
import { Random } from './random.ts';
import { componentUnits, unitStreams, unitYear } from './units.ts';
import { agencies, documentTypes, fields, people, places, sentences as vocabulary, signers, subjects } from './vocabulary.ts';

// A province's content for N years, deterministic for a seed: the yearly figures of a real
// province (2,900 articles, 12,000 documents, 75 gazette issues, 140 consultations, about
// 5,000 comments), scaled by `fraction` for quicker runs; and its component sites (./units.ts),
// each with its own news and documents. Relations are by natural key (a document's `key`, a
// unit's host label), resolved by the importer.

export interface ProvinceOptions {
  years: number;
  /** The last year generated (default: the year of `until`). */
  lastYear?: number;
  /** Nothing is dated after this moment (default: now): a portal has no news from the future. */
  until?: Date;
  /** Share of the yearly figures, e.g. 0.1 for a tenth. */
  fraction?: number;
  seed?: number;
  /** How many component sites (sở first among xã, one in six), 0–120; default the whole province's 120. */
  units?: number;
  /** Whether entries get their photos and PDFs (./media.ts); default yes. */
  media?: boolean;
}

export const PER_YEAR = { articles: 2_900, documents: 12_000, gazetteIssues: 75, consultations: 140, comments: 5_000 };
export const categories = ['Tin trong tỉnh', 'Hoạt động lãnh đạo tỉnh', 'Chỉ đạo điều hành', 'Kinh tế', 'Văn hóa - Xã hội', 'Chuyển đổi số', 'Thông tin tuyên truyền'];

const day = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

/** The whole province, oldest first (so a replaced document always comes before its successor). */
export function generateProvince({ years, until = new Date(), lastYear = until.getUTCFullYear(), fraction = 1, seed = 2026, units = 120, media = true }: ProvinceOptions): Province {
  const random = new Random(seed);
  const sentences = vocabulary();
  const componentSites = componentUnits(units, seed, sentences);
  // The units draw from streams of their own: the province's content is the same with or without them.
  const streams = unitStreams(componentSites, seed);
  const paragraph = (count: number) => Array.from({ length: count }, () => random.pick(sentences));
  const province: Province = {
    agencies: [...agencies, ['Hội đồng nhân dân tỉnh', 'HĐND'] as const].map(([name, abbreviation]) => ({ name, abbreviation })),
    documentTypes: documentTypes.map(([name, abbreviation]) => ({ name, abbreviation })),
    fields: [...fields],
    categories,
    units: componentSites,
    documents: [],
    articles: [],
    gazetteIssues: [],
    consultations: [],
    comments: [],
  };
  const count = (perYear: number) => Math.max(1, Math.round(perYear * fraction));
  const typeWeights = documentTypes.map(([, , weight]) => weight);
  // Recent documents of each type and agency, the ones a new document may replace.
  const recent = new Map<string, string[]>();
  // Each kind is generated in date order within a year, so the first one past `until` ends it.
  const future = (iso: string) => iso > until.toISOString();

  for (let year = lastYear - years + 1; year <= lastYear; year++) {
    const sequence = new Map<string, number>();
    const legalThisYear: string[] = [];
    const documentsThisYear: GeneratedDocument[] = [];
    for (let n = 0; n < count(PER_YEAR.documents); n++) {
      let roll = random.next() * typeWeights.reduce((a, b) => a + b, 0);
      const [typeName, type] = documentTypes.find(([, , weight]) => (roll -= weight) < 0) ?? documentTypes[0];
      const [, agency] = type === 'NQ' ? ['', 'HĐND'] : random.chance(0.6) ? agencies[0] : random.pick(agencies);
      const next = (sequence.get(agency) ?? 0) + 1;
      sequence.set(agency, next);
      const legal = type === 'QĐ' && random.chance(0.15);
      const number = type === 'CV' ? `${next}/${agency}-${random.pick(['KTTH', 'NC', 'KGVX', 'NNTN', 'TH'])}` : legal ? `${next}/${year}/${type}-${agency}` : `${next}/${type}-${agency}`;
      const issued = (n * 365) / count(PER_YEAR.documents);
      const issuedDate = day(year, Math.floor(issued));
      if (future(issuedDate)) break;
      const [signer, signerTitle] = random.pick(signers);
      const earlier = recent.get(`${type}/${agency}`) ?? [];
      const document: GeneratedDocument = {
        key: `${number}@${year}`,
        number,
        slug: slugify(legal ? number : `${number} ${year}`),
        type,
        agency,
        field: random.pick(fields),
        signer,
        signerTitle,
        issuedDate,
        effectiveDate: type === 'QĐ' || type === 'NQ' || type === 'CT' ? day(year, Math.floor(issued) + (legal ? 10 : 0)) : null,
        expiryDate: random.chance(0.05) ? day(year + random.int(1, 5), random.int(0, 300)) : null,
        excerpt: `${typeName === 'Công văn' ? 'V/v' : 'Về việc'} ${random.pick(subjects)} trên địa bàn ${random.pick(places)} năm ${year}`,
        replaces: earlier.length && random.chance(0.03) ? [random.pick(earlier)] : [],
      };
      recent.set(`${type}/${agency}`, [...earlier.slice(-199), document.key]);
      documentsThisYear.push(document);
      if (legal || type === 'NQ') legalThisYear.push(document.key);
    }
    const unitArticles: GeneratedArticle[] = [];
    for (const [index, unit] of componentSites.entries()) {
      const made = unitYear(unit, streams[index]!, { year, fraction, until, sequence, sentences, categories });
      documentsThisYear.push(...made.documents);
      unitArticles.push(...made.articles);
    }
    // Oldest first within the year, the province's and the units' together (a stable sort: a
    // replaced document stays before the one replacing it).
    province.documents.push(...documentsThisYear.sort((a, b) => a.issuedDate.localeCompare(b.issuedDate)));

    const firstArticleOfYear = province.articles.length;
    for (let n = 0; n < count(PER_YEAR.articles); n++) {
      const displayDate = new Date(Date.UTC(year, 0, 1) + ((n + 0.5) * 365 * 86_400_000) / count(PER_YEAR.articles)).toISOString();
      if (future(displayDate)) break;
      const subject = random.pick(subjects);
      const title = `${random.pick(people)} ${random.pick(['làm việc với', 'kiểm tra', 'chủ trì hội nghị với'])} ${random.pick(agencies)[0]} về ${subject}`;
      province.articles.push({
        title,
        slug: `${slugify(title, 90)}-${year}${String(n).padStart(4, '0')}`,
        summary: random.pick(sentences),
        body: paragraph(random.int(4, 9)),
        category: random.pick(categories),
        byline: random.pick(people),
        displayDate,
      });
    }
    province.articles.push(...[...province.articles.splice(firstArticleOfYear), ...unitArticles].sort((a, b) => a.displayDate.localeCompare(b.displayDate)));

    for (let n = 0; n < count(PER_YEAR.gazetteIssues); n++) {
      const publicationDate = day(year, Math.floor(((n + 1) * 364) / count(PER_YEAR.gazetteIssues)));
      if (future(publicationDate)) break;
      const entries = [];
      let page = 3;
      for (let e = 0; e < random.int(2, 6) && legalThisYear.length; e++) {
        const pages = random.int(2, 12);
        entries.push({ document: random.pick(legalThisYear), pageFrom: page, pageTo: page + pages - 1 });
        page += pages;
      }
      province.gazetteIssues.push({ number: n + 1, year, publicationDate, entries });
    }

    for (let n = 0; n < count(PER_YEAR.consultations); n++) {
      const [agencyName, agency] = random.pick(agencies);
      const opening = new Date(Date.UTC(year, 0, 1) + ((n + 0.5) * 335 * 86_400_000) / count(PER_YEAR.consultations));
      if (future(opening.toISOString())) break;
      const title = `Dự thảo ${random.pick(['Quyết định', 'Nghị quyết', 'Kế hoạch'])} về ${random.pick(subjects)} (${agencyName}, ${year})`;
      const key = `${slugify(title, 100)}-${n}`;
      const closing = new Date(opening.getTime() + 30 * 86_400_000);
      province.consultations.push({
        key,
        title,
        slug: key,
        summary: random.pick(sentences),
        body: paragraph(random.int(2, 5)),
        draftingAgency: agency,
        openingAt: opening.toISOString(),
        closingAt: closing.toISOString(),
        outcome: closing < until ? paragraph(2) : null,
      });
    }
    const consultationsThisYear = province.consultations.filter((consultation) => consultation.openingAt.startsWith(String(year)));
    for (let n = 0; n < count(PER_YEAR.comments) && consultationsThisYear.length; n++) {
      const consultation = random.pick(consultationsThisYear);
      const person = random.pick(people);
      const receivedAt = new Date(Date.parse(consultation.openingAt) + random.int(0, 29) * 86_400_000).toISOString();
      if (future(receivedAt)) continue;
      province.comments.push({
        consultation: consultation.key,
        fullName: person,
        email: `${slugify(person).replace(/-/g, '.')}.${n}@example.vn`,
        content: random.pick(sentences),
        moderationStatus: random.pick(['approved', 'approved', 'pending', 'rejected'] as const),
        receivedAt,
      });
    }
  }
  return media ? addMedia(province, seed) : province;
}
