/**
 * What the UN's own records say of a resolution, beside its text: the AKN file's FRBR identification
 * (symbol, organ, date, language) and the UNxml data_extract records (vote, sponsors, agenda item).
 * Kept by the corpus file that said it, merged by symbol when asked.
 */

export interface DocumentMetadata {
  /** Canonical, as citations have it: "A/RES/78/10", "S/RES/2619". */
  readonly symbol: string;
  /** A Council resolution's year: "S/RES/2619 (2022)". */
  readonly year?: number;
  readonly organ?: 'GA' | 'SC';
  /** FRBR language code of a text ("eng", "fra"); absent in a record that holds no text. */
  readonly language?: string;
  readonly title?: string;
  /** ISO date of adoption: "2023-11-21". */
  readonly adopted?: string;
  /** "38th plenary meeting", "8956th meeting". */
  readonly meeting?: string;
  readonly vote?: 'recorded' | 'without' | 'unanimous';
  readonly inFavour?: number;
  readonly against?: number;
  readonly abstaining?: number;
  readonly sponsors?: number;
  /** "Agenda item 138", with its name. */
  readonly agendaItem?: string;
}

/** What the corpus holds on one symbol: its records merged, and the files that are its text. */
export interface SymbolMetadata {
  readonly record: DocumentMetadata;
  /** The files that are the resolution's text, with their language. */
  readonly texts: readonly { readonly uri: string; readonly language: string }[];
}

const COUNCIL = /^S\/RES\/(\d{1,5}) ?\((\d{4})\)$/;

/** A symbol as the UN writes it ("S/RES/2619 (2022)", "A/RES/78/10") in the form citations have, with the year. */
export function canonicalSymbol(written: string): { symbol: string; year?: number } {
  const symbol = written.replace(/\s+/g, ' ').trim();
  const council = COUNCIL.exec(symbol);
  return council ? { symbol: `S/RES/${council[1]}`, year: Number(council[2]) } : { symbol };
}

/** "A/RES/75/101 A-B", "A/RES/75/254 A-C": one document holding lettered resolutions, cited one by one. */
const LETTERED_RANGE = /^(.+) ([A-Z])-([A-Z])$/;

/**
 * The resolutions a symbol names: "A/RES/75/101 A-B" → "A/RES/75/101 A" and "A/RES/75/101 B", as citations write
 * them; any other symbol only itself.
 */
export function symbolParts(symbol: string): readonly string[] {
  const range = LETTERED_RANGE.exec(symbol);
  if (!range) return [symbol];
  const [first, last] = [range[2].charCodeAt(0), range[3].charCodeAt(0)];
  if (last <= first) return [symbol];
  return Array.from({ length: last - first + 1 }, (_, i) => `${range[1]} ${String.fromCharCode(first + i)}`);
}

/**
 * The symbols a record of `recorded` answers for: itself, and for a document of lettered resolutions
 * ("A/RES/75/101 A-B") each part and the bare number ("resolution 75/101", as a text may cite the document).
 */
export function symbolsAnswered(recorded: string): readonly string[] {
  const parts = symbolParts(recorded);
  return parts.length > 1 ? [recorded, ...parts, LETTERED_RANGE.exec(recorded)![1]] : [recorded];
}

/** A record's fields by kind: what `isDocumentMetadata` checks and the cache writes. */
export const STRING_FIELDS = [
  'symbol',
  'organ',
  'language',
  'title',
  'adopted',
  'meeting',
  'vote',
  'agendaItem',
] as const;
export const COUNT_FIELDS = ['year', 'inFavour', 'against', 'abstaining', 'sponsors'] as const;

/** Whether a value read back from outside (the cache) is a metadata record. */
export function isDocumentMetadata(value: unknown): value is DocumentMetadata {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.symbol === 'string' &&
    STRING_FIELDS.every((f) => record[f] === undefined || typeof record[f] === 'string') &&
    COUNT_FIELDS.every((f) => record[f] === undefined || (Number.isSafeInteger(record[f]) && Number(record[f]) >= 0))
  );
}

export class CorpusMetadata {
  private readonly byUri = new Map<string, readonly DocumentMetadata[]>();
  private readonly bySymbol = new Map<string, Set<string>>();

  /** The records a file gives (an AKN text: one; a data_extract file: a session's), replacing its earlier ones. */
  set(uri: string, records: readonly DocumentMetadata[]): void {
    this.remove(uri);
    if (records.length === 0) return;
    this.byUri.set(uri, records);
    for (const symbol of new Set(records.flatMap((r) => symbolsAnswered(r.symbol)))) {
      let uris = this.bySymbol.get(symbol);
      if (!uris) this.bySymbol.set(symbol, (uris = new Set()));
      uris.add(uri);
    }
  }

  /** Every symbol a record names, and each part of a document of lettered resolutions. */
  symbols(): IterableIterator<string> {
    return this.bySymbol.keys();
  }

  of(uri: string): readonly DocumentMetadata[] | undefined {
    return this.byUri.get(uri);
  }

  clear(): void {
    this.byUri.clear();
    this.bySymbol.clear();
  }

  remove(uri: string): void {
    for (const symbol of (this.byUri.get(uri) ?? []).flatMap((r) => symbolsAnswered(r.symbol))) {
      const uris = this.bySymbol.get(symbol);
      uris?.delete(uri);
      if (uris?.size === 0) this.bySymbol.delete(symbol);
    }
    this.byUri.delete(uri);
  }

  /**
   * Everything known of `symbol`, the first file's value of each field winning; undefined if nothing is. A part
   * ("A/RES/75/101 B") or a bare number ("A/RES/75/101") is told of by the records of the document holding it
   * ("A/RES/75/101 A-B") where none of its own says a field.
   */
  about(symbol: string): SymbolMetadata | undefined {
    const uris = this.bySymbol.get(symbol);
    if (!uris) return undefined;
    const merged: Record<string, unknown> = {};
    const texts: { uri: string; language: string }[] = [];
    const records = [...uris].sort().flatMap((uri) =>
      this.byUri
        .get(uri)!
        .filter((r) => symbolsAnswered(r.symbol).includes(symbol))
        .map((r) => ({ uri, r })),
    );
    // Its own records first: a part's own vote wins over the whole document's.
    records.sort((a, b) => Number(a.r.symbol !== symbol) - Number(b.r.symbol !== symbol));
    for (const { uri, r } of records) {
      for (const [field, value] of Object.entries(r)) if (value !== undefined) merged[field] ??= value;
      if (r.language) texts.push({ uri, language: r.language });
    }
    return { record: { ...(merged as unknown as DocumentMetadata), symbol }, texts };
  }
}
