import { citationsOf } from '../citations/citationsOf';
import type { CitedDate } from '../citations/dates';
import type { Citation } from '../citations/recognise';
import { DraftDocument, paragraphText } from '../model/document';
import { parseCorpusText } from '../model/corpusParse';
import type { Range } from '../types';
import { CorpusMetadata, DocumentMetadata } from './metadata';
import { detached, IndexedCitation, PackedCitations } from './packedCitations';
import { PassageIndex, sampledShinglesOf } from './passageIndex';

export type { IndexedCitation } from './packedCitations';

export interface IndexedDocument {
  readonly uri: string;
  /** The title line, whitespace collapsed. */
  readonly title?: string;
  readonly titleRange?: Range;
  readonly citations: PackedCitations;
}

/** What the corpus knows about one symbol. */
export interface SymbolEntry {
  readonly symbol: string;
  /** Citations that are the text itself (a resolution's own title line). */
  readonly definitions: readonly (IndexedCitation & { readonly title?: string })[];
  /** Every citation of it elsewhere. */
  readonly citations: readonly IndexedCitation[];
}

/**
 * What a hover shows of a symbol, kept up to date as documents come and go, so that the most-cited
 * text costs no more than a rarely cited one: counts and distinct dates, and the citing documents
 * in order, of which a request reads only the few it shows.
 */
interface SymbolStats {
  /** Documents citing it other than as their own title. */
  citers?: Set<string>;
  /** Documents that are the text. */
  definers?: Set<string>;
  /** Distinct dates it is cited with, by PackedCitations.dateKey, with how many citations give each. */
  definitionDates?: Map<number, { date: CitedDate; count: number }>;
  citationDates?: Map<number, { date: CitedDate; count: number }>;
  /** Security Council years its citations give, with their counts, in the order first seen. */
  years?: Map<number, number>;
}
// Each collection is made when first needed: most symbols have no definer, no year and few dates, and
// five collections for each of 36 000 symbols were a fifth of the heap at 25 000 documents.

const NO_DOCUMENTS: ReadonlySet<string> = new Set();

/** A citation of a symbol, to leave out of a summary: the one a hover is on. */
export interface CitationAt {
  readonly uri: string;
  readonly start: number;
}

export interface SymbolSummary {
  readonly symbol: string;
  /** Documents citing it other than at `except`. */
  readonly citingDocuments: number;
  /** The first `limit` of those, with the last citation of it in each. */
  readonly citing: readonly IndexedCitation[];
  readonly definition?: IndexedCitation & { readonly title?: string };
  /** Distinct cited dates, those of the text itself first. */
  readonly dates: readonly CitedDate[];
  /** The year the first citation giving one gives (Council resolutions). */
  readonly year?: number;
}

/**
 * What the index keeps of one document, as plain data: what a persisted cache stores so that
 * an unchanged file need not be read and parsed again at the next start.
 */
export interface CachedDocument {
  readonly fingerprint: string;
  /** Absent for a copy of a document indexed under another name: a copy adds nothing. */
  readonly indexed?: {
    readonly title?: string;
    readonly titleRange?: Range;
    readonly citations: PackedCitations;
    readonly textLength: number;
    /** The passage index's sampled shingles (see PassageIndex.addSampled). */
    readonly sampledShingles: Int32Array;
  };
  /** What the file says of itself (an AKN file's FRBR identification). */
  readonly metadata?: readonly DocumentMetadata[];
}

/** A text as the index keeps it in full, computed from the text alone. */
export type IndexedForm = CachedDocument & { readonly indexed: NonNullable<CachedDocument['indexed']> };

/**
 * What the index keeps of a text, as plain data: what `setIndexed` takes. Pure, so that a worker thread can
 * make it and post it; `doc` is the text's parse when it is at hand (an open draft's).
 */
export function indexedFormOf(text: string, doc: DraftDocument = parseCorpusText(text)): IndexedForm {
  const citations = PackedCitations.pack(
    citationsOf(doc).map((c: Citation) => ({
      symbol: c.symbol,
      span: c.span,
      range: doc.lines.rangeOf(c.span),
      citedDate: c.citedDate,
      year: c.year,
      self: c.self,
    })),
    detached,
  );
  return {
    fingerprint: fingerprintOf(text),
    indexed: {
      title: doc.title ? detached(paragraphText(doc, doc.title).replace(/\s+/g, ' ').trim()) : undefined,
      titleRange: doc.title ? doc.lines.rangeOf(doc.title.span) : undefined,
      citations,
      textLength: text.length,
      sampledShingles: sampledShinglesOf(doc),
    },
  };
}

/**
 * The reference corpus: from canonical symbol to the documents that are that text and every
 * citation of it. Keeps symbols, offsets and ranges; the text around a citation is read from
 * its source when a hover needs it.
 */
export class CorpusIndex {
  /** The corpus's paragraphs by their wording, for the agreed-language finder. */
  readonly passages = new PassageIndex();
  /** The UN's records of the corpus's resolutions: FRBR identification, votes, sponsors, agenda items. */
  readonly metadata = new CorpusMetadata();
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly bySymbol = new Map<string, SymbolStats>();
  private readonly symbolStrings = new Map<string, string>();
  private citationCount = 0;

  /** Documents by their text's fingerprint: a copy of a document already indexed is not counted twice. */
  private readonly byFingerprint = new Map<string, string>();
  private readonly fingerprints = new Map<string, string>();

  /**
   * Indexes (or re-indexes) one document. A document with the same text as one already indexed
   * (the seeds copied into a workspace, say) is kept as a copy: it adds no citations. The
   * document is parsed lightly: only what the index keeps.
   */
  set(uri: string, text: string): IndexedDocument {
    return this.index(uri, text, () => parseCorpusText(text));
  }

  /** As `set`, for a draft already parsed (an open document's, shared with its diagnostics): not parsed again. */
  setParsed(uri: string, doc: DraftDocument): IndexedDocument {
    return this.index(uri, doc.text, () => doc);
  }

  private index(uri: string, text: string, parse: () => DraftDocument): IndexedDocument {
    this.remove(uri);
    const fingerprint = fingerprintOf(text);
    const original = this.byFingerprint.get(fingerprint);
    this.fingerprints.set(uri, fingerprint);
    if (original !== undefined && original !== uri) return this.documents.get(original)!;
    return this.setIndexed(uri, indexedFormOf(text, parse()));
  }

  /**
   * As `set`, from what `indexedFormOf` made of the text (in a worker thread, say): the document's entry,
   * or its original's if another name holds the same text.
   */
  setIndexed(uri: string, form: IndexedForm): IndexedDocument {
    this.restoreText(uri, form);
    const original = this.byFingerprint.get(form.fingerprint);
    return this.documents.get(original ?? uri)!;
  }

  /** Whether the document is in the corpus, in full or as a copy. */
  has(uri: string): boolean {
    return this.fingerprints.has(uri);
  }

  private add(indexed: IndexedDocument): void {
    this.documents.set(indexed.uri, indexed);
    this.count(indexed, 1);
    this.citationCount += indexed.citations.cited;
  }

  /**
   * Adds a document's citations to its symbols' stats (`by` 1), or takes them out (-1). Every restored
   * citation passes here at a warm start: no object is made for a date already counted.
   */
  private count(indexed: IndexedDocument, by: 1 | -1): void {
    const { citations, uri } = indexed;
    for (let i = 0; i < citations.symbols.length; i++) {
      const symbol = citations.symbols[i];
      let stats = this.bySymbol.get(symbol);
      if (!stats) {
        if (by < 0) continue;
        // Every field named from the start: one shape for every symbol's stats keeps this loop's lookups fast.
        stats = {
          citers: undefined,
          definers: undefined,
          definitionDates: undefined,
          citationDates: undefined,
          years: undefined,
        };
        this.bySymbol.set(symbol, stats);
      }
      const self = citations.isSelf(i);
      if (by > 0) (self ? (stats.definers ??= new Set()) : (stats.citers ??= new Set())).add(uri);
      else (self ? stats.definers : stats.citers)?.delete(uri);
      const dateKey = citations.dateKey(i);
      if (dateKey !== 0) {
        const dates = self ? (stats.definitionDates ??= new Map()) : (stats.citationDates ??= new Map());
        const counted = dates.get(dateKey);
        if (counted) counted.count += by;
        else if (by > 0) dates.set(dateKey, { date: citations.citedDate(i)!, count: by });
        if (counted && counted.count <= 0) dates.delete(dateKey);
      }
      const year = citations.year(i);
      if (year && !self) {
        const years = (stats.years ??= new Map());
        const now = (years.get(year) ?? 0) + by;
        if (now > 0) years.set(year, now);
        else years.delete(year);
      }
      if (!stats.citers?.size && !stats.definers?.size) {
        this.bySymbol.delete(symbol);
        this.symbolStrings.delete(symbol);
      }
    }
  }

  /** One string for each symbol, shared by every citation of it: a corpus cites few texts many times. */
  private readonly intern = (symbol: string): string => {
    const known = this.symbolStrings.get(symbol);
    if (known !== undefined) return known;
    const own = detached(symbol);
    this.symbolStrings.set(own, own);
    return own;
  };

  /** The document as the cache keeps it; undefined if it is not in the corpus. */
  cached(uri: string): CachedDocument | undefined {
    const fingerprint = this.fingerprints.get(uri);
    if (fingerprint === undefined) return undefined;
    const doc = this.documents.get(uri);
    const passages = this.passages.sampledOf(uri);
    const metadata = this.metadata.of(uri);
    if (!doc || !passages) return { fingerprint, metadata };
    return {
      fingerprint,
      indexed: { title: doc.title, titleRange: doc.titleRange, citations: doc.citations, ...passages },
      metadata,
    };
  }

  /**
   * Puts back a document from the cache, as `set` would have indexed it. False when it cannot
   * be: a copy whose original is not in the corpus (index its text instead).
   */
  restore(uri: string, cached: CachedDocument): boolean {
    const restored = this.restoreText(uri, cached);
    if (restored) this.metadata.set(uri, cached.metadata ?? []);
    return restored;
  }

  private restoreText(uri: string, cached: CachedDocument): boolean {
    this.remove(uri);
    const original = this.byFingerprint.get(cached.fingerprint);
    if (!cached.indexed) {
      if (original === undefined) return false;
      this.fingerprints.set(uri, cached.fingerprint);
      return true;
    }
    if (original !== undefined && original !== uri) {
      // The cache holds it in full, but another name holds the same text now: keep it as the copy.
      this.fingerprints.set(uri, cached.fingerprint);
      return true;
    }
    const { title, titleRange, textLength, sampledShingles } = cached.indexed;
    // The cache's symbols become the index's own strings.
    const { numbers, symbols, dateTexts } = cached.indexed.citations;
    const citations = new PackedCitations(numbers, symbols.map(this.intern), dateTexts);
    this.fingerprints.set(uri, cached.fingerprint);
    this.byFingerprint.set(cached.fingerprint, uri);
    this.add({ uri, title, titleRange, citations });
    this.passages.addSampled(uri, textLength, sampledShingles);
    return true;
  }

  remove(uri: string): void {
    this.metadata.remove(uri);
    const fingerprint = this.fingerprints.get(uri);
    this.fingerprints.delete(uri);
    if (fingerprint !== undefined && this.byFingerprint.get(fingerprint) === uri)
      this.byFingerprint.delete(fingerprint);
    this.passages.remove(uri);
    const old = this.documents.get(uri);
    if (!old) return;
    this.documents.delete(uri);
    this.citationCount -= old.citations.cited;
    this.count(old, -1);
  }

  /** The documents with the same text as `uri`'s (it, its original, the other copies): one text under several names. */
  sameText(uri: string): string[] {
    const fingerprint = this.fingerprints.get(uri);
    if (fingerprint === undefined) return [uri];
    return [...this.fingerprints].filter(([, f]) => f === fingerprint).map(([u]) => u);
  }

  get size(): { documents: number; citations: number } {
    return { documents: this.documents.size, citations: this.citationCount };
  }

  /** The fingerprint of the text the document was indexed from: what its offsets are valid for. */
  fingerprint(uri: string): string | undefined {
    return this.fingerprints.get(uri);
  }

  document(uri: string): IndexedDocument | undefined {
    return this.documents.get(uri);
  }

  allDocuments(): IterableIterator<IndexedDocument> {
    return this.documents.values();
  }

  symbols(): IterableIterator<string> {
    return this.bySymbol.keys();
  }

  /** Every citation of the symbol: linear in them (references want them all; a hover wants `summary`). */
  lookup(symbol: string): SymbolEntry {
    const definitions: (IndexedCitation & { title?: string })[] = [];
    const citations: IndexedCitation[] = [];
    const stats = this.bySymbol.get(symbol);
    for (const uri of new Set([...(stats?.definers ?? []), ...(stats?.citers ?? [])])) {
      const doc = this.documents.get(uri)!;
      doc.citations.symbols.forEach((cited, i) => {
        if (cited !== symbol) return;
        const c = doc.citations.citation(i, uri);
        if (c.self) definitions.push({ ...c, title: doc.title });
        else citations.push(c);
      });
    }
    return { symbol, definitions, citations };
  }

  /** The documents citing the symbol other than as their own title. */
  citingDocuments(symbol: string): ReadonlySet<string> {
    return this.bySymbol.get(symbol)?.citers ?? NO_DOCUMENTS;
  }

  /**
   * What a hover shows of the symbol, without `except` (the citation hovered): built from the kept
   * counts and the first `limit` citing documents, so it costs the same for the most-cited text as for any.
   */
  summary(symbol: string, limit: number, except?: CitationAt): SymbolSummary {
    const stats = this.bySymbol.get(symbol);
    if (!stats) return { symbol, citingDocuments: 0, citing: [], dates: [] };
    /** The last citation of the symbol in the document other than `except`, if it has one. */
    const lastCitation = (uri: string): IndexedCitation | undefined => {
      const { citations } = this.documents.get(uri)!;
      let last: number | undefined;
      citations.symbols.forEach((cited, i) => {
        if (cited !== symbol || citations.isSelf(i)) return;
        if (uri !== except?.uri || citations.spanStart(i) !== except.start) last = i;
      });
      return last === undefined ? undefined : citations.citation(last, uri);
    };
    const citing: IndexedCitation[] = [];
    const citers = stats.citers ?? NO_DOCUMENTS;
    for (const uri of citers) {
      if (citing.length === limit) break;
      const c = lastCitation(uri);
      if (c) citing.push(c);
    }
    const exceptOnly = except && citers.has(except.uri) && !lastCitation(except.uri);
    let definition: (IndexedCitation & { title?: string }) | undefined;
    for (const uri of stats.definers ?? NO_DOCUMENTS) {
      const doc = this.documents.get(uri)!;
      const i = doc.citations.symbols.findIndex((cited, n) => cited === symbol && doc.citations.isSelf(n));
      definition = { ...doc.citations.citation(i, uri), title: doc.title };
      break;
    }
    return {
      symbol,
      citingDocuments: citers.size - (exceptOnly ? 1 : 0),
      citing,
      definition,
      dates: [
        ...new Map(
          [...(stats.definitionDates ?? []), ...(stats.citationDates ?? [])].map(([k, v]) => [k, v.date]),
        ).values(),
      ],
      year: stats.years?.keys().next().value,
    };
  }
}

/** FNV-1a over the text, with its length: enough to tell copies apart from different documents. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
