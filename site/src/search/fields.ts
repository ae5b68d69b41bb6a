// Used by the browser and the build: the names of what a detail page is marked with for search.
// The detail layout writes them (page-marks.ts), the search page reads them back from Pagefind.

/** Filters a detail page may carry besides `kind` and `year`, which the layout adds itself. */
export type PageFilter = 'type' | 'agency' | 'field' | 'status' | 'category' | 'unit';

/** Every filter of the index, by name. */
export type SearchFilter = 'kind' | 'year' | PageFilter;

/**
 * What a result shows of a page: Pagefind's `meta` (title is the page's `<h1>`). `date` is a
 * calendar date in the province, YYYY-MM-DD; `number` a document's or an issue's number.
 */
export interface ResultMeta {
  title?: string;
  kind?: string;
  date?: string;
  number?: string;
  type?: string;
}

/** The filters the search page offers, in order, with their labels. */
export const searchPageFilters: Array<{ name: SearchFilter; label: string }> = [
  { name: 'kind', label: 'Loại nội dung' },
  // The portal and each component site; a former unit by its name and end date.
  { name: 'unit', label: 'Đơn vị' },
  { name: 'type', label: 'Loại văn bản' },
  { name: 'agency', label: 'Cơ quan ban hành' },
  { name: 'field', label: 'Lĩnh vực' },
  { name: 'year', label: 'Năm' },
  { name: 'status', label: 'Tình trạng hiệu lực' },
];
