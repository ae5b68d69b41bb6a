// Used by the browser only: the search page. Pagefind for words (with đ folded to d, as the
// index also lists them), plus a lookup of document numbers, whole or by part. Results as you type.
import { foldVietnamese, type Locale } from '@cong/shared';
import { kindLabels } from '../search/kinds';
import { bucketUrl, codeOf, codeUrl, numberKey, type NumberEntry } from '../search/number-lookup';
import { shardManifestUrl, shardsFor, shardsOfSite, shardYears, type SearchShard, type ShardManifest } from '../search/shards';
import { numberItem, resultHref, resultItem, ResultPages, type PagefindResults, type SearchItem } from './search-results';

interface Pagefind {
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: object): Promise<{ results: PagefindResults } | null>;
  debouncedSearch(query: string | null, options: object, ms: number): Promise<{ results: PagefindResults } | null>;
}

// Something like a document number, or a part of one: "1730", "1730/TB", "TB-VP", "QĐ-UBND".
const numberLike = /^\s*(\d{1,6}(\s*\/.*)?|[a-zđ]{1,8}\s*-\s*[a-zđ&.]{1,20}(\s*-.*)?)\s*$/i;
// Searched before the reader asks for older content: the newest shards until they hold this
// many pages (at ten years, the last seven weeks to four months: one or two quarter shards), so
// a cold search downloads ~130–180 kB however old the portal (docs/search.md). Document
// numbers are looked up across all years.
const firstPages = 2_000;

/**
 * The search index in shards (/pagefind/shards.json), each of one site: starts with the newest
 * of the site searched, merges others only when a filter or the reader asks for them. Merged
 * shards share the first one's code. A site is "" for the portal's, a unit's label for its;
 * `null` is the portal's search over every site, with no unit chosen.
 */
class ShardedIndex {
  private code: Promise<Pagefind> | null = null;
  private failures = 0;
  // Each shard's load, started once: searches typed meanwhile wait for the same load.
  private readonly loading = new Map<string, Promise<unknown>>();
  /** The page's: on a unit's site its own shards, on the portal every site's. */
  readonly shards: SearchShard[];

  constructor(manifest: ShardManifest, language: string, home: string | null) {
    this.shards = manifest.shards.filter((shard) => shard.language === language && (home === null || shard.site === home));
  }

  /** The shards a search of `site` covers. */
  scope(site: string | null): SearchShard[] {
    return site === null ? this.shards : shardsOfSite(this.shards, site);
  }

  /** The shards a search needs first: of the site (the portal's for every site), the one holding the year asked for, else the newest. */
  wanted(year: string, site: string | null): SearchShard[] {
    return shardsFor(shardsOfSite(this.shards, site ?? ''), year, firstPages);
  }

  /** Shards of a search of `site` not searched yet, and their pages. */
  remaining(site: string | null): { count: number; pages: number } {
    const rest = this.scope(site).filter((shard) => !this.loading.has(shard.id));
    return { count: rest.length, pages: rest.reduce((sum, shard) => sum + shard.pages, 0) };
  }

  /**
   * Loads the shards not loaded yet, all at once: the first one's code, then the others merged
   * into it. A load that fails is forgotten, so the next search tries it again.
   */
  async load(shards: SearchShard[]): Promise<Pagefind | null> {
    for (const shard of shards) {
      if (this.loading.has(shard.id)) continue;
      if (!this.code) {
        // Again after a failure with another address: a browser keeps a failed module import.
        const code = import(/* @vite-ignore */ `/pagefind/${shard.id}/pagefind.js${this.failures ? `?lan=${this.failures}` : ''}`).then(async (pagefind: Pagefind) => {
          await pagefind.init();
          return pagefind;
        });
        this.code = code;
        code.catch(() => {
          if (this.code === code) this.code = null;
          this.failures++;
        });
        this.remember(shard.id, code);
      } else {
        this.remember(shard.id, this.code.then((pagefind) => pagefind.mergeIndex(`/pagefind/${shard.id}/`)));
      }
    }
    await Promise.all(shards.map((shard) => this.loading.get(shard.id)));
    return this.code;
  }

  private remember(id: string, load: Promise<unknown>): void {
    this.loading.set(id, load);
    load.catch(() => {
      if (this.loading.get(id) === load) this.loading.delete(id);
    });
  }
}

/** Documents whose number matches a query that looks like one: by its leading digits, or by its code alone. */
async function lookUpNumber(query: string): Promise<NumberEntry[]> {
  const key = numberKey(query);
  const digits = /^\d+/.exec(key)?.[0];
  // The lookup only adds to the words' results: without a connection to it, the search goes on.
  const response = await fetch(digits ? bucketUrl(digits) : codeUrl(codeOf(key))).catch(() => null);
  if (!response?.ok) return [];
  const entries = (await response.json()) as NumberEntry[];
  return entries.filter((entry) => (/^\d+$/.test(key) ? entry.key.startsWith(`${key}/`) : entry.key === key || entry.key.includes(key)));
}

/** Wires the search page's form, filters and results. */
export async function setUpSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const sort = form.querySelector<HTMLSelectElement>('[data-sort]')!;
  const params = new URLSearchParams(location.search);
  const sites = { portal: form.dataset.portal ?? location.origin, units: form.dataset.units ?? '', here: location.origin };
  const onItsSite = (item: SearchItem): SearchItem => ({ ...item, url: resultHref(item.url, sites) });
  // A filter's starting value: the address's, else the page's own (a unit's search, its unit).
  const given = (select: HTMLSelectElement) => params.get(select.name) ?? select.dataset.default ?? '';
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';

  const older = document.querySelector<HTMLButtonElement>('[data-search-older]')!;
  const manifest = await fetch(shardManifestUrl)
    .then((response) => (response.ok ? (response.json() as Promise<ShardManifest>) : null))
    .catch(() => null);
  if (!manifest) {
    status.textContent = 'Chưa tìm kiếm được: chỉ mục tìm kiếm đang được dựng hoặc không tải được. Vui lòng thử lại sau ít phút.';
    return;
  }
  const language = document.documentElement.lang.slice(0, 2) as Locale;
  // On a unit's site, its label; on the portal, where each unit's pages are indexed (its site's label, "" the portal's).
  const home = form.dataset.site ?? null;
  const unitSites = JSON.parse(form.dataset.unitSites ?? '{}') as Record<string, string>;
  const index = new ShardedIndex(manifest, language, home);
  // The site a search covers: a unit's site its own; the portal the chosen unit's, or every site.
  const siteOf = (unit: string | undefined) => home ?? (unit ? (unitSites[unit] ?? '') : null);
  // Years come from the list of shards, so a year not searched yet can be chosen; kinds from
  // the list every page's kind comes from, in its order; on the portal, units from the page.
  const known: Record<string, string[]> = {
    year: shardYears(index.shards).map(String),
    kind: kindLabels(language),
    ...(home === null && { unit: Object.keys(unitSites) }),
  };
  // The other filter lists cost their own downloads: fill them after the first results, not before.
  const fillFilters = async (pagefind: Pagefind | null) => {
    const available = pagefind ? await pagefind.filters() : {};
    for (const select of selects) {
      const name = select.dataset.filter!;
      const values = known[name] ?? Object.keys(available[name] ?? {}).sort((a, b) => b.localeCompare(a, 'vi'));
      const current = select.value || given(select);
      select.length = 1;
      for (const value of values) select.add(new Option(value, value));
      select.value = current;
    }
  };
  let everything = false;
  older.addEventListener('click', async () => {
    everything = true;
    older.hidden = true;
    await run({ immediate: true });
    await fillFilters(await index.load([]).catch(() => null));
  });
  const unitSelect = selects.find((select) => select.dataset.filter === 'unit');
  // A filter in the address is honoured on the first search, before its list is filled.
  const chosen = (select: HTMLSelectElement) => select.value || (select.options.length <= 1 ? given(select) : '');

  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let latest = 0;
  const run = (options: { immediate?: boolean } = {}) =>
    searchNow(options).catch(() => {
      status.textContent = 'Không tải được chỉ mục tìm kiếm. Vui lòng kiểm tra kết nối mạng và tìm lại.';
    });
  const searchNow = async ({ immediate = false } = {}) => {
    const started = ++latest;
    more.hidden = true;
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => chosen(s)).map((s) => [s.dataset.filter!, [chosen(s)]]));
    const url = new URL(location.href);
    url.search = new URLSearchParams(
      Object.entries({ q: query, sort: sort.value, ...Object.fromEntries(selects.map((s) => [s.name, chosen(s)])) }).filter(([, v]) => v),
    ).toString();
    history.replaceState(null, '', url);
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      older.hidden = true;
      status.textContent = '';
      return;
    }

    const site = siteOf(filters.unit?.[0]);
    // The number lookup and the index load at the same time: neither waits for the other.
    const [byNumber, pagefind] = await Promise.all([
      query && numberLike.test(query) ? lookUpNumber(query) : Promise.resolve([]),
      index.load(everything ? index.scope(site) : index.wanted(filters.year?.[0] ?? '', site)),
    ]);
    if (!pagefind) {
      status.textContent = 'Chưa có nội dung nào để tìm.';
      return;
    }
    const rest = index.remaining(site);
    older.hidden = rest.count === 0;
    // On the portal with no unit chosen, the rest is also the component sites' pages.
    older.textContent = `Tìm cả nội dung cũ hơn${site === null ? ' và trên các trang thành phần' : ''} (thêm ${rest.pages.toLocaleString('vi-VN')} trang)`;
    const folded = query ? foldVietnamese(query) : null;
    const options = { filters, ...(sort.value ? { sort: { date: 'desc' } } : {}) };
    const search = immediate ? await pagefind.search(folded, options) : await pagefind.debouncedSearch(folded, options, 200);
    if (!search || started !== latest) return; // superseded by a newer search
    const results = new ResultPages(search.results, byNumber, Boolean(sort.value));
    const show = async () => {
      const items = await results.next();
      if (started !== latest) return;
      list.append(...items.map(onItsSite).map(resultItem));
      more.hidden = results.done;
      // Said when older content was not searched yet, so a reader knows where the results come from.
      const recent = rest.count && !filters.year ? ' trong nội dung gần đây' : '';
      const within = rest.count && site === null ? `${recent}${recent ? ' của' : ' trên'} Cổng tỉnh` : recent;
      const what = query ? ` cho “${query}”` : '';
      status.textContent = list.children.length
        ? `Tìm thấy ${results.total} kết quả${what}${within}.`
        : `Không tìm thấy kết quả nào${what}${within}. ${rest.count ? 'Hãy bấm “Tìm cả nội dung cũ hơn”, thử' : 'Hãy thử'} từ khóa khác, bỏ bớt bộ lọc, hoặc gõ số ký hiệu văn bản.`;
    };
    list.replaceChildren(...byNumber.map(numberItem).map(onItsSite).map(resultItem));
    more.onclick = async () => {
      more.disabled = true;
      await show()
        .catch(() => {
          status.textContent = 'Không tải được thêm kết quả. Vui lòng kiểm tra kết nối mạng và bấm lại.';
        })
        .finally(() => (more.disabled = false));
    };
    await show();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  for (const control of [...selects, sort]) control.addEventListener('change', () => void run());
  if (input.value || selects.some((s) => chosen(s))) await run({ immediate: true });
  // Without the index the lists keep only the years; the status says why when a search fails.
  await fillFilters(await index.load(index.wanted(params.get('year') ?? '', siteOf((unitSelect && given(unitSelect)) || undefined))).catch(() => null));
}
