import { citationsOf } from '../citations/citationsOf';
import type { Citation } from '../citations/recognise';
import { DraftDocument, paragraphText } from '../model/document';
import { parseCorpusText } from '../model/corpusParse';
import type { Range } from '../types';
import { detached, IndexedCitation, PackedCitations } from './packedCitations';
import { PassageIndex } from './passageIndex';

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
}

/**
 * The reference corpus: from canonical symbol to the documents that are that text and every
 * citation of it. Keeps symbols, offsets and ranges; the text around a citation is read from
 * its source when a hover needs it.
 */
export class CorpusIndex {
  /** The corpus's paragraphs by their wording, for the agreed-language finder. */
  readonly passages = new PassageIndex();
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly bySymbol = new Map<string, Set<string>>();
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
    this.byFingerprint.set(fingerprint, uri);
    const doc = parse();
    const citations = PackedCitations.pack(
      citationsOf(doc).map((c: Citation) => ({
        symbol: c.symbol,
        span: c.span,
        range: doc.lines.rangeOf(c.span),
        citedDate: c.citedDate,
        year: c.year,
        self: c.self,
      })),
      this.intern,
    );
    const title = doc.title ? detached(paragraphText(doc, doc.title).replace(/\s+/g, ' ').trim()) : undefined;
    const indexed: IndexedDocument = {
      uri,
      title,
      titleRange: doc.title ? doc.lines.rangeOf(doc.title.span) : undefined,
      citations,
    };
    this.add(indexed);
    this.passages.add(uri, doc);
    return indexed;
  }

  /** Whether the document is in the corpus, in full or as a copy. */
  has(uri: string): boolean {
    return this.fingerprints.has(uri);
  }

  private add(indexed: IndexedDocument): void {
    this.documents.set(indexed.uri, indexed);
    for (const symbol of indexed.citations.symbols) {
      let uris = this.bySymbol.get(symbol);
      if (!uris) this.bySymbol.set(symbol, (uris = new Set()));
      uris.add(indexed.uri);
    }
    this.citationCount += indexed.citations.cited;
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
    if (!doc || !passages) return { fingerprint };
    return {
      fingerprint,
      indexed: { title: doc.title, titleRange: doc.titleRange, citations: doc.citations, ...passages },
    };
  }

  /**
   * Puts back a document from the cache, as `set` would have indexed it. False when it cannot
   * be: a copy whose original is not in the corpus (index its text instead).
   */
  restore(uri: string, cached: CachedDocument): boolean {
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
    const fingerprint = this.fingerprints.get(uri);
    this.fingerprints.delete(uri);
    if (fingerprint !== undefined && this.byFingerprint.get(fingerprint) === uri)
      this.byFingerprint.delete(fingerprint);
    this.passages.remove(uri);
    const old = this.documents.get(uri);
    if (!old) return;
    this.documents.delete(uri);
    this.citationCount -= old.citations.cited;
    for (const symbol of old.citations.symbols) {
      const uris = this.bySymbol.get(symbol);
      uris?.delete(uri);
      if (uris?.size === 0) {
        this.bySymbol.delete(symbol);
        this.symbolStrings.delete(symbol);
      }
    }
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

  document(uri: string): IndexedDocument | undefined {
    return this.documents.get(uri);
  }

  allDocuments(): IterableIterator<IndexedDocument> {
    return this.documents.values();
  }

  symbols(): IterableIterator<string> {
    return this.bySymbol.keys();
  }

  lookup(symbol: string): SymbolEntry {
    const definitions: (IndexedCitation & { title?: string })[] = [];
    const citations: IndexedCitation[] = [];
    for (const uri of this.bySymbol.get(symbol) ?? []) {
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
}

/** FNV-1a over the text, with its length: enough to tell copies apart from different documents. */
function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
