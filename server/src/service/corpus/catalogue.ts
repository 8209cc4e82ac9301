/**
 * The shipped catalogue: what the UN's records say of every resolution the UNxml repositories list (symbol,
 * organ, date, title, vote, and the languages the UN publishes it in), without its text. It is the corpus's
 * lowest source: hover and completion fall back on it for a resolution no corpus file holds.
 *
 * The file is tab-separated lines, one a resolution, under a header of comment lines ("#") that acknowledge the
 * source; `scripts/catalogue.ts` writes it, the workspace layer reads and unzips it, this module parses it.
 */
import { DocumentMetadata, isDocumentMetadata, symbolParts, symbolsAnswered } from './metadata';

export interface CatalogueEntry {
  readonly record: DocumentMetadata;
  /** FRBR codes of the language versions the UN's repositories hold: "eng", "fra". */
  readonly languages: readonly string[];
}

export interface Catalogue {
  /**
   * A resolution's row; for a part of a document ("A/RES/75/101 B") or its bare number ("A/RES/75/101"), the
   * row of the document ("A/RES/75/101 A-B") where it has none of its own.
   */
  about(symbol: string): CatalogueEntry | undefined;
  /**
   * Every resolution, in the catalogue's order (General Assembly by session and number, then the Council); a
   * document of several ("A/RES/75/101 A-B") as its parts, as citations write them.
   */
  symbols(): readonly string[];
}

/** No catalogue: the corpus alone. */
export const EMPTY_CATALOGUE: Catalogue = { about: () => undefined, symbols: () => [] };

const FIELDS = [
  'symbol',
  'year',
  'adopted',
  'meeting',
  'vote',
  'inFavour',
  'against',
  'abstaining',
  'sponsors',
  'agendaItem',
  'languages',
  'title',
] as const;
const NUMBERS: ReadonlySet<string> = new Set(['year', 'inFavour', 'against', 'abstaining', 'sponsors']);

/** The header line that names the columns. */
export const CATALOGUE_COLUMNS = FIELDS.join('\t');

/** A field as one cell: tabs and line breaks would split the row. */
function cell(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/** The catalogue's text: `notice` as comment lines, the column names, then one row per entry, in the given order. */
export function formatCatalogue(notice: readonly string[], entries: readonly CatalogueEntry[]): string {
  const rows = entries.map(({ record, languages }) =>
    FIELDS.map((f) => cell(f === 'languages' ? languages.join(',') : record[f])).join('\t'),
  );
  return [...notice.map((line) => `# ${line}`), CATALOGUE_COLUMNS, ...rows].join('\n') + '\n';
}

function entryOf(cells: readonly string[]): CatalogueEntry | undefined {
  const record: Record<string, string | number> = {};
  let languages: string[] = [];
  FIELDS.forEach((field, i) => {
    const value = cells[i] ?? '';
    if (value === '') return;
    if (field === 'languages') languages = value.split(',');
    else record[field] = NUMBERS.has(field) ? Number(value) : value;
  });
  record.organ = String(record.symbol).startsWith('S/') ? 'SC' : 'GA';
  return isDocumentMetadata(record) ? { record, languages } : undefined;
}

/**
 * The catalogue in `text` (as formatCatalogue writes it). A row that is not a record is skipped, and a
 * text without the column line is no catalogue: `warn` says so once.
 */
export function parseCatalogue(text: string, warn: (message: string) => void = () => undefined): Catalogue {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => !l.startsWith('#'));
  if (header < 0 || lines[header] !== CATALOGUE_COLUMNS) {
    warn('the catalogue has no column line this version reads; it is not used');
    return EMPTY_CATALOGUE;
  }
  const bySymbol = new Map<string, CatalogueEntry>();
  const byPart = new Map<string, CatalogueEntry>();
  const symbols: string[] = [];
  let skipped = 0;
  for (const line of lines.slice(header + 1)) {
    if (!line) continue;
    const entry = entryOf(line.split('\t'));
    if (!entry) {
      skipped++;
      continue;
    }
    bySymbol.set(entry.record.symbol, entry);
    for (const part of symbolParts(entry.record.symbol)) if (!byPart.has(part)) symbols.push(part);
    for (const answered of symbolsAnswered(entry.record.symbol)) byPart.set(answered, entry);
  }
  if (skipped > 0) warn(`${skipped} catalogue row${skipped === 1 ? '' : 's'} could not be read and were skipped`);
  return { about: (symbol) => bySymbol.get(symbol) ?? byPart.get(symbol), symbols: () => symbols };
}
