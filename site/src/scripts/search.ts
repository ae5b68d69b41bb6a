// The search page: Pagefind for words (with đ folded to d, as the index also lists them),
// plus a lookup of document numbers, whole or by part. Results as you type.
import { foldVietnamese } from '@cong/shared';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: object): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> } | null>;
  debouncedSearch(query: string | null, options: object, ms: number): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> } | null>;
}
interface NumberEntry {
  number: string;
  key: string;
  url: string;
  title: string;
  excerpt: string;
  date: string;
}

const pagefindUrl = '/pagefind/pagefind.js';
// Something like a document number, or a part of one: "1730", "1730/TB", "TB-VP", "QĐ-UBND".
const numberLike = /^\s*(\d{1,6}(\s*\/.*)?|[a-zđ]{1,8}\s*-\s*[a-zđ&.]{1,20}(\s*-.*)?)\s*$/i;
const toDate = (iso?: string) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');

/** Wires the search page's form, filters and results. */
export async function setUpSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const sort = form.querySelector<HTMLSelectElement>('[data-sort]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';

  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  await pagefind.init();
  let numbers: Promise<NumberEntry[]> | null = null;
  // The filter lists cost their own downloads: fill them after the first results, not before.
  const fillFilters = async () => {
    const available = await pagefind.filters();
    for (const select of selects) {
      const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) => b.localeCompare(a, 'vi'));
      for (const value of values) select.add(new Option(value, value));
      select.value = params.get(select.name) ?? '';
    }
  };
  // A filter in the address is honoured on the first search, before its list is filled.
  const chosen = (select: HTMLSelectElement) => select.value || (select.options.length <= 1 ? (params.get(select.name) ?? '') : '');

  const run = async ({ immediate = false } = {}) => {
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => chosen(s)).map((s) => [s.dataset.filter!, [chosen(s)]]));
    const url = new URL(location.href);
    url.search = new URLSearchParams(
      Object.entries({ q: query, sort: sort.value, ...Object.fromEntries(selects.map((s) => [s.name, chosen(s)])) }).filter(([, v]) => v),
    ).toString();
    history.replaceState(null, '', url);
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }

    const byNumber: NumberEntry[] = [];
    if (query && numberLike.test(query)) {
      numbers ??= fetch('/tim-kiem/so-ky-hieu.json').then((response) => response.json());
      const key = foldVietnamese(query).toUpperCase().replace(/\s+/g, '');
      byNumber.push(
        ...(await numbers).filter((entry) =>
          /^\d+$/.test(key) ? entry.key.startsWith(`${key}/`) : entry.key === key || entry.key.includes(key),
        ),
      );
    }
    const folded = query ? foldVietnamese(query) : null;
    const options = { filters, ...(sort.value ? { sort: { date: 'desc' } } : {}) };
    const search = immediate ? await pagefind.search(folded, options) : await pagefind.debouncedSearch(folded, options, 200);
    if (!search) return; // superseded by a newer keystroke
    const pages = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
    const seen = new Set(byNumber.map((entry) => entry.url));
    const items = [
      ...byNumber.map((entry) => ({ url: entry.url, title: entry.title, excerpt: entry.excerpt, kind: 'Văn bản', date: entry.date, number: entry.number })),
      ...pages
        .filter((page) => !seen.has(page.url))
        .map((page) => ({ url: page.url, title: page.meta.title ?? page.url, excerpt: page.excerpt, kind: page.meta.kind, date: page.meta.date, number: page.meta.number, type: page.meta.type })),
    ];
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const heading = document.createElement('h2');
        heading.className = 'cong-card__title';
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.title;
        heading.append(link);
        const meta = document.createElement('p');
        meta.className = 'cong-meta';
        meta.textContent = [item.kind, toDate(item.date), item.number && `Số ký hiệu ${item.number}`].filter(Boolean).join(' · ');
        const excerpt = document.createElement('p');
        // Pagefind's excerpt marks the matched words with <mark> and escapes the rest.
        excerpt.innerHTML = item.excerpt;
        li.append(heading, meta, excerpt);
        return li;
      }),
    );
    const duplicates = pages.length - (items.length - byNumber.length);
    const total = byNumber.length + search.results.length - duplicates;
    status.textContent = items.length
      ? `Tìm thấy ${total} kết quả${query ? ` cho “${query}”` : ''}.`
      : `Không tìm thấy kết quả nào${query ? ` cho “${query}”` : ''}. Hãy thử từ khóa khác, bỏ bớt bộ lọc, hoặc gõ số ký hiệu văn bản.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  for (const control of [...selects, sort]) control.addEventListener('change', () => void run());
  if (input.value || selects.some((s) => chosen(s))) await run({ immediate: true });
  await fillFilters();
}
