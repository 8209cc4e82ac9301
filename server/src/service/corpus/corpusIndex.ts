import { citationsOf } from '../citations/citationsOf';
import type { CitedDate } from '../citations/dates';
import type { Citation } from '../citations/recognise';
import { DraftDocument, paragraphText } from '../model/document';
import { parseCorpusText } from '../model/corpusParse';
import { lastAtOrBefore } from '../model/lineIndex';
import type { Range } from '../types';
import { CorpusMetadata, DocumentMetadata } from './metadata';
import { detached, IndexedCitation, PackedCitations } from './packedCitations';
import { PassageIndex, paragraphsOf, sampledShinglesOf } from './passageIndex';
import { PassageSummaries, passageSummariesOf } from './passageSummaries';
import type { CorpusSegment, SegmentDate } from './segment';

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

/** A segment document's state: waiting to be claimed, in the corpus, or gone (dropped, or kept as a copy). */
const WAITING = 0;
const CLAIMED = 1;
const GONE = 2;

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
    /** What the agreed-language finder shows of each of those passages. */
    readonly summaries: PassageSummaries;
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
  const sampledShingles = sampledShinglesOf(doc);
  return {
    fingerprint: fingerprintOf(text),
    indexed: {
      title: doc.title ? detached(paragraphText(doc, doc.title).replace(/\s+/g, ' ').trim()) : undefined,
      titleRange: doc.title ? doc.lines.rangeOf(doc.title.span) : undefined,
      citations,
      textLength: text.length,
      sampledShingles,
      summaries: passageSummariesOf(doc, paragraphsOf(sampledShingles)),
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
  /**
   * Stats of the symbols met since the segment was opened (null: none left), over the segment's: a symbol's stats
   * are read from the segment when first needed and kept here from then on, changes counted on them.
   */
  private readonly bySymbol = new Map<string, SymbolStats | null>();
  /** The corpus as a start found it in the persisted index, read lazily, and where each of its documents is. */
  private segment: CorpusSegment | undefined;
  private segmentState = new Uint8Array(0);
  private readonly segmentDocs = new Map<string, number>();
  /** The segment's documents in the corpus in full (claimed, indexed). */
  private segmentDocuments = 0;
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
    if (original !== undefined && original !== uri) return this.documentAt(original)!;
    return this.setIndexed(uri, indexedFormOf(text, parse()));
  }

  /**
   * As `set`, from what `indexedFormOf` made of the text (in a worker thread, say): the document's entry,
   * or its original's if another name holds the same text.
   */
  setIndexed(uri: string, form: IndexedForm): IndexedDocument {
    this.restoreText(uri, form);
    const original = this.byFingerprint.get(form.fingerprint);
    return this.documentAt(original ?? uri)!;
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
      let stats = this.statsOf(symbol);
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
        // The segment's stats of it, if any, are out of date for good.
        if (this.segment) this.bySymbol.set(symbol, null);
        else this.bySymbol.delete(symbol);
        this.symbolStrings.delete(symbol);
      }
    }
  }

  /** A symbol's stats: kept here, or read from the segment (and kept from then on). */
  private statsOf(symbol: string): SymbolStats | undefined {
    const known = this.bySymbol.get(symbol);
    if (known !== undefined) return known ?? undefined;
    const segment = this.segment;
    const stored = segment?.stats(symbol);
    if (!segment || !stored) return undefined;
    const uris = (docs: readonly number[]): Set<string> | undefined =>
      docs.length ? new Set(docs.map((doc) => segment.uri(doc))) : undefined;
    const dates = (stored: readonly SegmentDate[]): SymbolStats['citationDates'] =>
      stored.length ? new Map(stored.map(({ key, date, count }) => [key, { date, count }])) : undefined;
    const stats: SymbolStats = {
      citers: uris(stored.citers),
      definers: uris(stored.definers),
      definitionDates: dates(stored.definitionDates),
      citationDates: dates(stored.citationDates),
      years: stored.years.length ? new Map(stored.years) : undefined,
    };
    this.bySymbol.set(symbol, stats);
    return stats;
  }

  /**
   * Takes the persisted index's documents as they were when it was written, into an empty index: each waits to be
   * `claim`ed (its file is unchanged) and is dropped by `dropUnclaimed`. Nothing of it is read before it is asked for.
   */
  useSegment(segment: CorpusSegment): void {
    if (this.segment || this.fingerprints.size > 0) return;
    this.segment = segment;
    this.segmentState = new Uint8Array(segment.documents);
    for (let doc = 0; doc < segment.documents; doc++) this.segmentDocs.set(segment.uri(doc), doc);
    this.passages.preload(segment);
  }

  /**
   * The segment's document at `uri` back in the corpus, as indexed when the segment was written: false if it
   * cannot be (not in the segment, or a copy whose original is not in the corpus: index its text instead).
   */
  claim(uri: string): boolean {
    const segment = this.segment;
    const doc = this.segmentDocs.get(uri);
    if (!segment || doc === undefined || this.segmentState[doc] !== WAITING) return false;
    const fingerprint = segment.fingerprint(doc);
    const original = this.byFingerprint.get(fingerprint);
    if (!segment.isIndexed(doc) && original === undefined) return false;
    if (original !== undefined && original !== uri) {
      // A copy: of the segment's own copy, or of another name that holds the same text now.
      this.dropFromSegment(doc);
    } else {
      this.segmentState[doc] = CLAIMED;
      this.byFingerprint.set(fingerprint, uri);
      this.segmentDocuments++;
      this.citationCount += segment.cited(doc);
      this.passages.claim(uri);
    }
    this.fingerprints.set(uri, fingerprint);
    this.metadata.set(uri, segment.metadata(doc) ?? []);
    return true;
  }

  /** The segment's documents not claimed leave the corpus: their files changed or went since it was written. */
  dropUnclaimed(): void {
    for (let doc = 0; doc < this.segmentState.length; doc++)
      if (this.segmentState[doc] === WAITING) this.dropFromSegment(doc);
    this.passages.dropPreloaded();
  }

  /** Forgets every document, reading nothing more of the segment: it turned out damaged; the corpus is read afresh. */
  clear(): void {
    this.segment = undefined;
    this.segmentState = new Uint8Array(0);
    this.segmentDocs.clear();
    this.segmentDocuments = 0;
    for (const map of [this.documents, this.bySymbol, this.symbolStrings, this.byFingerprint, this.fingerprints])
      map.clear();
    this.citationCount = 0;
    this.metadata.clear();
    this.passages.clear();
  }

  /** A segment document's citations leave its symbols' stats: it is no longer the text its entry says. */
  private dropFromSegment(doc: number): void {
    const segment = this.segment!;
    if (this.segmentState[doc] === GONE) return;
    const claimed = this.segmentState[doc] === CLAIMED;
    this.segmentState[doc] = GONE;
    if (!segment.isIndexed(doc)) return;
    if (claimed) {
      this.segmentDocuments--;
      this.citationCount -= segment.cited(doc);
    }
    this.count(this.segmentDocument(doc), -1);
  }

  private segmentDocument(doc: number): IndexedDocument {
    const segment = this.segment!;
    return {
      uri: segment.uri(doc),
      title: segment.title(doc),
      titleRange: segment.titleRange(doc),
      citations: segment.citations(doc),
    };
  }

  /** A document in full, in the segment (claimed, or not yet checked while the corpus loads) or indexed since. */
  private documentAt(uri: string): IndexedDocument | undefined {
    const indexed = this.documents.get(uri);
    if (indexed) return indexed;
    const doc = this.segmentDocs.get(uri);
    if (doc === undefined || this.segmentState[doc] === GONE || !this.segment!.isIndexed(doc)) return undefined;
    return this.segmentDocument(doc);
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
    const doc = this.documentAt(uri);
    const passages = this.passages.sampledOf(uri);
    const metadata = this.metadata.of(uri);
    if (!doc || !passages) return { fingerprint, metadata };
    return {
      fingerprint,
      indexed: { title: doc.title, titleRange: doc.titleRange, citations: doc.citations, ...passages },
      metadata,
    };
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
    const { title, titleRange, textLength, sampledShingles, summaries } = cached.indexed;
    // The cache's symbols become the index's own strings.
    const { numbers, symbols, dateTexts } = cached.indexed.citations;
    const citations = new PackedCitations(numbers, symbols.map(this.intern), dateTexts);
    this.fingerprints.set(uri, cached.fingerprint);
    this.byFingerprint.set(cached.fingerprint, uri);
    this.add({ uri, title, titleRange, citations });
    this.passages.addSampled(uri, textLength, sampledShingles, summaries);
    return true;
  }

  remove(uri: string): void {
    this.metadata.remove(uri);
    const fingerprint = this.fingerprints.get(uri);
    this.fingerprints.delete(uri);
    if (fingerprint !== undefined && this.byFingerprint.get(fingerprint) === uri)
      this.byFingerprint.delete(fingerprint);
    this.passages.remove(uri);
    const inSegment = this.segmentDocs.get(uri);
    if (inSegment !== undefined) this.dropFromSegment(inSegment);
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
    return { documents: this.documents.size + this.segmentDocuments, citations: this.citationCount };
  }

  /** The fingerprint of the text the document was indexed from: what its offsets are valid for. */
  fingerprint(uri: string): string | undefined {
    return this.fingerprints.get(uri);
  }

  document(uri: string): IndexedDocument | undefined {
    return this.documentAt(uri);
  }

  *allDocuments(): IterableIterator<IndexedDocument> {
    yield* this.documents.values();
    for (let doc = 0; doc < this.segmentState.length; doc++)
      if (this.segmentState[doc] === CLAIMED && this.segment!.isIndexed(doc)) yield this.segmentDocument(doc);
  }

  *symbols(): IterableIterator<string> {
    for (const [symbol, stats] of this.bySymbol) if (stats) yield symbol;
    for (const symbol of this.segment?.symbols() ?? []) if (!this.bySymbol.has(symbol)) yield symbol;
  }

  /** Every citation of the symbol: linear in them (references want them all; a hover wants `summary`). */
  lookup(symbol: string): SymbolEntry {
    const definitions: (IndexedCitation & { title?: string })[] = [];
    const citations: IndexedCitation[] = [];
    const stats = this.statsOf(symbol);
    for (const uri of new Set([...(stats?.definers ?? []), ...(stats?.citers ?? [])])) {
      const doc = this.documentAt(uri)!;
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
    return this.statsOf(symbol)?.citers ?? NO_DOCUMENTS;
  }

  /**
   * What a hover shows of the symbol, without `except` (the citation hovered): built from the kept
   * counts and the first `limit` citing documents, so it costs the same for the most-cited text as for any.
   */
  summary(symbol: string, limit: number, except?: CitationAt): SymbolSummary {
    const held = this.heldStats(symbol);
    if (!held) return { symbol, citingDocuments: 0, citing: [], dates: [] };
    /** The last citation of the symbol in the document other than `except`, if it has one. */
    const lastCitation = (uri: string): IndexedCitation | undefined => {
      const { citations } = this.documentAt(uri)!;
      let last: number | undefined;
      citations.symbols.forEach((cited, i) => {
        if (cited !== symbol || citations.isSelf(i)) return;
        if (uri !== except?.uri || citations.spanStart(i) !== except.start) last = i;
      });
      return last === undefined ? undefined : citations.citation(last, uri);
    };
    const citing: IndexedCitation[] = [];
    for (const uri of held.citers()) {
      if (citing.length === limit) break;
      const c = lastCitation(uri);
      if (c) citing.push(c);
    }
    const exceptOnly = except && held.cites(except.uri) && !lastCitation(except.uri);
    let definition: (IndexedCitation & { title?: string }) | undefined;
    for (const uri of held.definers()) {
      const doc = this.documentAt(uri)!;
      const i = doc.citations.symbols.findIndex((cited, n) => cited === symbol && doc.citations.isSelf(n));
      definition = { ...doc.citations.citation(i, uri), title: doc.title };
      break;
    }
    return {
      symbol,
      citingDocuments: held.citerCount - (exceptOnly ? 1 : 0),
      citing,
      definition,
      dates: [...new Map(held.dates.map(({ key, date }) => [key, date])).values()],
      year: held.year,
    };
  }

  /**
   * A symbol's stats as a summary reads them. Those of a symbol no document changed since the start are the
   * segment's as stored, read without being kept: a hover on the most-cited text makes no set of its thousands of
   * citers, and hovering many texts does not grow the heap.
   */
  private heldStats(symbol: string): HeldStats | undefined {
    const segment = this.segment;
    const stored = this.bySymbol.has(symbol) ? undefined : segment?.stats(symbol);
    if (segment && stored) {
      const uris = (docs: readonly number[]) =>
        function* (): Iterable<string> {
          for (const doc of docs) yield segment.uri(doc);
        };
      return {
        citers: uris(stored.citers),
        definers: uris(stored.definers),
        citerCount: stored.citers.length,
        cites: (uri) => {
          const doc = this.segmentDocs.get(uri);
          return doc !== undefined && stored.citers[lastAtOrBefore(stored.citers, doc)] === doc;
        },
        dates: [...stored.definitionDates, ...stored.citationDates],
        year: stored.years[0]?.[0],
      };
    }
    const stats = this.statsOf(symbol);
    if (!stats) return undefined;
    const dated = (dates: SymbolStats['citationDates']) => [...(dates ?? [])].map(([key, { date }]) => ({ key, date }));
    return {
      citers: () => stats.citers ?? NO_DOCUMENTS,
      definers: () => stats.definers ?? NO_DOCUMENTS,
      citerCount: stats.citers?.size ?? 0,
      cites: (uri) => stats.citers?.has(uri) ?? false,
      dates: [...dated(stats.definitionDates), ...dated(stats.citationDates)],
      year: stats.years?.keys().next().value,
    };
  }
}

/** What a summary reads of a symbol's stats, kept (SymbolStats) or as the segment stores them. */
interface HeldStats {
  /** Documents citing it other than as their own title, in order; those that are the text. */
  citers(): Iterable<string>;
  definers(): Iterable<string>;
  readonly citerCount: number;
  cites(uri: string): boolean;
  /** Its dates by key, those of the text first, a key's last date winning. */
  readonly dates: readonly { readonly key: number; readonly date: CitedDate }[];
  /** The year the first citation giving one gives. */
  readonly year?: number;
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
