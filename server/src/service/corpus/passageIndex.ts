import type { DraftDocument, Paragraph } from '../model/document';
import { PostingArrays, PostingList, Postings } from './postings';
import { PassageSummaries, passageSummary, PassageSummary, wordPieces } from './passageSummaries';
import type { CorpusSegment } from './segment';

/** Paragraphs whose wording can be agreed language: not titles, headings, datelines or footnotes. */
export function isPassage(paragraph: Paragraph): boolean {
  return paragraph.kind === 'preambular' || paragraph.kind === 'operative' || paragraph.kind === 'narrative';
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** For each UTF-16 unit above ASCII: its lower-case form if it is a letter or digit, -1 if not, 0 until asked. */
const WIDE_WORD_CHARS = new Int32Array(0x10000);

function wideWordChar(code: number): number {
  let known = WIDE_WORD_CHARS[code];
  if (known === 0) {
    const char = String.fromCharCode(code);
    // Surrogates stand for letters beyond the BMP often enough: they count as word characters.
    known =
      code >= 0xd800 && code <= 0xdfff ? code : /[\p{L}\p{N}]/u.test(char) ? char.toLowerCase().charCodeAt(0) : -1;
    WIDE_WORD_CHARS[code] = known;
  }
  return known;
}

/**
 * Hashes of the words of `text` between `start` and `end`, as they are compared: lower case,
 * letters and digits only, so emphasis, punctuation and line breaks are not wording. One pass
 * over the characters, no strings made: the corpus's every paragraph goes through here.
 */
export function wordHashes(text: string, start = 0, end = text.length, into: number[] = []): number[] {
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = wideWordChar(c);
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) c = -1;
    if (c >= 0) {
      hash = Math.imul(hash ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      into.push(hash >>> 0);
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) into.push(hash >>> 0);
  return into;
}

/** Word hashes of a paragraph's pieces, its number left out ("4." is not language). */
export function passageWordHashes(doc: DraftDocument, paragraph: Paragraph): number[] {
  const words: number[] = [];
  for (const piece of wordPieces(paragraph)) wordHashes(doc.text, piece.start, piece.end, words);
  return words;
}

const SHINGLE = 3;

/**
 * A hash of each run of three words, well mixed (the index samples on its low bits): texts sharing wording share
 * these.
 */
export function shingleHashes(words: readonly number[]): number[] {
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = words[i];
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ words[i + 1];
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39) ^ words[i + 2];
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    hashes.push((h ^ (h >>> 13)) >>> 0);
  }
  return hashes;
}

/**
 * Which shingles of a corpus paragraph go into the index: one in four (by hash, so the same
 * wording is sampled the same way everywhere), and at least the few smallest, so a short
 * paragraph is findable too. A query looks up all its shingles, so it meets every sampled one.
 */
const SAMPLE_MODULUS = 4;
const MIN_SAMPLED = 4;
function sampled(hashes: readonly number[]): number[] {
  const kept = new Set<number>();
  for (const h of hashes) if (h % SAMPLE_MODULUS === 0) kept.add(h);
  if (kept.size < MIN_SAMPLED) {
    for (const h of hashes.filter((h) => h % SAMPLE_MODULUS !== 0).sort((a, b) => a - b)) {
      if (kept.size >= MIN_SAMPLED) break;
      kept.add(h);
    }
  }
  return [...kept];
}

/** A document's passages as `addSampled` takes them: [paragraph index, shingle count, shingles…]… */
export function sampledShinglesOf(doc: DraftDocument): Int32Array {
  const flat: number[] = [];
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    if (!isPassage(paragraph)) return;
    const hashes = sampled(shingleHashes(passageWordHashes(doc, paragraph)));
    if (hashes.length === 0) return;
    flat.push(paragraphIndex, hashes.length);
    for (const hash of hashes) flat.push(hash);
  });
  return Int32Array.from(flat);
}

/**
 * Whether sampled shingles read back from outside (the persisted cache) have the layout `add`
 * gives: [paragraph index, shingle count, shingles…]… with indexes rising and counts that fit.
 */
export function wellFormedSampledShingles(sampledShingles: Int32Array): boolean {
  let previous = -1;
  let i = 0;
  while (i < sampledShingles.length) {
    const paragraphIndex = sampledShingles[i];
    const count = i + 1 < sampledShingles.length ? sampledShingles[i + 1] : -1;
    if (paragraphIndex <= previous || count < 1 || count > sampledShingles.length - i - 2) return false;
    previous = paragraphIndex;
    i += 2 + count;
  }
  return true;
}

/** The paragraph of each passage of sampled shingles, in order. */
export function paragraphsOf(sampledShingles: Int32Array): number[] {
  const paragraphs: number[] = [];
  for (let i = 0; i + 1 < sampledShingles.length; i += 2 + sampledShingles[i + 1]) paragraphs.push(sampledShingles[i]);
  return paragraphs;
}

/** How many passages sampled shingles make (one a paragraph), in the layout `wellFormedSampledShingles` checks. */
export function passagesIn(sampledShingles: Int32Array): number {
  return paragraphsOf(sampledShingles).length;
}

/** A corpus paragraph a query shares wording with. */
export interface PassageCandidate {
  readonly uri: string;
  /** Index in the document's `paragraphs`, as `parseDraft` gives them. */
  readonly paragraphIndex: number;
  /** The document's text length when indexed: a file changed since is not quoted at the wrong place. */
  readonly textLength: number;
  /** The passage's number among its document's: where its summary is. */
  readonly ordinal: number;
  /** Weighted count of shared sampled shingles: rare wording counts for more. */
  readonly score: number;
}

/** A posting list longer than this share of all passages is wording everyone uses ("the General Assembly"). */
const COMMON_SHARE = 0.02;

/**
 * Sampled three-word shingles of every corpus paragraph, pointing at the paragraph. Keeps
 * numbers only: a paragraph's text is read from its document when a query needs it.
 * Removed documents leave dead entries behind, compacted away once they outnumber the live ones: a draft
 * re-indexed at every pause in typing would otherwise grow the arrays without end.
 */
export class PassageIndex {
  private uris: string[] = [];
  private textLengths: number[] = [];
  private alive: boolean[] = [];
  private passagesPerDoc: number[] = [];
  /**
   * Per document, what went into the postings: [paragraph index, shingle count, shingles…]…, for the persisted cache;
   * read from the segment for a document of it (`segmentDocs`, -1 for the others).
   */
  private sampledPerDoc: (Int32Array | undefined)[] = [];
  /** Per document, its passages' summaries; read from the segment for a document of it. */
  private summariesPerDoc: (PassageSummaries | undefined)[] = [];
  private segmentDocs: number[] = [];
  private segment: CorpusSegment | undefined;
  private docIds = new Map<string, number>();
  private passageDoc: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private passageParagraph: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private passageCount = 0;
  private livePassages = 0;
  private postings = new Postings();
  /** Documents the persisted index gave with their postings, not yet claimed: dead until then. */
  private preloaded = new Map<string, number>();
  /** Scores of one query by passage, zero between queries: a typed array is several times faster than a Map here. */
  private scores = new Float64Array(1024);
  /** Documents added but not yet in the postings: posting is deferred so that a start from the cache is quick. */
  private unposted: number[] = [];

  /** Adds a document from what `sampledOf` gave for it: no text, no parse. Its postings wait for `post`. */
  addSampled(uri: string, textLength: number, sampledShingles: Int32Array, summaries: PassageSummaries): void {
    this.remove(uri);
    this.preloaded.delete(uri);
    const docId = this.uris.length;
    this.uris.push(uri);
    this.textLengths.push(textLength);
    this.alive.push(true);
    this.passagesPerDoc.push(0);
    this.sampledPerDoc.push(sampledShingles);
    this.summariesPerDoc.push(summaries);
    this.segmentDocs.push(-1);
    this.docIds.set(uri, docId);
    this.unposted.push(docId);
  }

  /**
   * Takes the persisted index's documents, numbered as it numbers them, with its postings (read as asked for), into
   * an empty index: each stays out of the answers until `claim`ed, and `dropPreloaded` ends the wait.
   */
  preload(segment: CorpusSegment): void {
    if (this.uris.length > 0) return;
    const { passageCounts, passageParagraphs } = segment;
    this.passageDoc = new Int32Array(Math.max(1024, passageParagraphs.length));
    this.passageParagraph = new Int32Array(this.passageDoc.length);
    this.passageParagraph.set(passageParagraphs);
    for (let docId = 0; docId < segment.documents; docId++) {
      const uri = segment.uri(docId);
      this.uris.push(uri);
      this.textLengths.push(segment.textLength(docId));
      this.alive.push(false);
      this.sampledPerDoc.push(undefined);
      this.summariesPerDoc.push(undefined);
      this.segmentDocs.push(docId);
      this.preloaded.set(uri, docId);
      this.passageDoc.fill(docId, this.passageCount, this.passageCount + passageCounts[docId]);
      this.passageCount += passageCounts[docId];
      this.passagesPerDoc.push(passageCounts[docId]);
    }
    this.segment = segment;
    this.postings = Postings.over(segment);
  }

  /** A preloaded document back in the answers: its file is unchanged since the index was written. */
  claim(uri: string): boolean {
    const docId = this.preloaded.get(uri);
    if (docId === undefined) return false;
    this.preloaded.delete(uri);
    this.docIds.set(uri, docId);
    this.alive[docId] = true;
    this.livePassages += this.passagesPerDoc[docId];
    return true;
  }

  /**
   * Preloaded documents not claimed (changed or gone since the index was written) leave for good; their postings are
   * dropped with the other dead ones (answers weigh wording by the live passages only).
   */
  dropPreloaded(): void {
    if (this.preloaded.size === 0) return;
    this.preloaded.clear();
    this.compactIfMostlyDead();
  }

  /** Forgets every document: what the corpus index does when the persisted index turns out damaged. */
  clear(): void {
    Object.assign(this, new PassageIndex());
  }

  /** The position of the document among the index's, or -1: the order `exported` takes documents in. */
  orderOf(uri: string): number {
    return this.docIds.get(uri) ?? -1;
  }

  /**
   * The postings of the documents `uris` (each in the index, in `orderOf` order), their passages numbered
   * as `preload` numbers them: for the cache. Undefined if the documents are not in that order.
   */
  exported(uris: readonly string[]): PostingArrays | undefined {
    this.post();
    const firstPassage = new Int32Array(this.uris.length).fill(-1);
    for (let p = this.passageCount - 1; p >= 0; p--) firstPassage[this.passageDoc[p]] = p;
    const renumbered = new Int32Array(this.passageCount).fill(-1);
    let next = 0;
    for (const uri of uris) {
      const docId = this.docIds.get(uri);
      if (docId === undefined) return undefined;
      for (let p = firstPassage[docId]; p >= 0 && p < firstPassage[docId] + this.passagesPerDoc[docId]; p++)
        renumbered[p] = next++;
    }
    return this.postings.exported(renumbered);
  }

  /** Documents whose passages are not yet searchable. */
  get pending(): number {
    return this.unposted.length;
  }

  /**
   * Puts added documents into the postings, until `deadline` (a `performance.now()` time) if
   * given: the server does this in slices after loading, a query does what is left first.
   */
  post(deadline = Infinity): void {
    let done = 0;
    let shingles = 0;
    for (const docId of this.unposted) shingles += this.sampledPerDoc[docId]?.length ?? 0;
    this.postings.reserve(shingles);
    while (done < this.unposted.length && performance.now() < deadline) this.postDocument(this.unposted[done++]);
    this.unposted = this.unposted.slice(done);
    if (this.unposted.length === 0) this.postings.settle();
  }

  private postDocument(docId: number): void {
    const sampledShingles = this.sampledPerDoc[docId];
    if (!this.alive[docId] || !sampledShingles) return;
    for (let i = 0; i + 1 < sampledShingles.length; i += 2 + sampledShingles[i + 1]) {
      const passage = this.newPassage(docId, sampledShingles[i]);
      for (let h = i + 2; h < i + 2 + sampledShingles[i + 1]; h++) this.postings.add(sampledShingles[h] >>> 0, passage);
    }
  }

  /** The document's sampled shingles and summaries, as `addSampled` takes them, with the text length they fit. */
  sampledOf(uri: string): { textLength: number; sampledShingles: Int32Array; summaries: PassageSummaries } | undefined {
    const docId = this.docIds.get(uri);
    if (docId === undefined) return undefined;
    const sampledShingles = this.sampledPerDoc[docId] ?? this.segment!.sampledShingles(this.segmentDocs[docId]);
    return { textLength: this.textLengths[docId], sampledShingles, summaries: this.summariesOf(docId) };
  }

  /** A candidate's passage as the finder shows it: where its words are, and its place. */
  summaryOf(candidate: PassageCandidate): PassageSummary | undefined {
    const docId = this.docIds.get(candidate.uri);
    return docId === undefined ? undefined : passageSummary(this.summariesOf(docId), candidate.ordinal);
  }

  private summariesOf(docId: number): PassageSummaries {
    return this.summariesPerDoc[docId] ?? this.segment!.summaries(this.segmentDocs[docId]);
  }

  remove(uri: string): void {
    const docId = this.docIds.get(uri);
    if (docId === undefined) return;
    this.docIds.delete(uri);
    this.alive[docId] = false;
    this.sampledPerDoc[docId] = undefined;
    this.summariesPerDoc[docId] = undefined;
    this.livePassages -= this.passagesPerDoc[docId];
    this.compactIfMostlyDead();
  }

  private compactIfMostlyDead(): void {
    if (this.preloaded.size > 0) return; // the unclaimed are dead only for now
    const deadPassages = this.passageCount - this.livePassages;
    const deadDocuments = this.uris.length - this.docIds.size;
    if (deadPassages > Math.max(this.livePassages, 4096) || deadDocuments > Math.max(this.docIds.size, 4096)) {
      this.compact();
    }
  }

  /** What the index's arrays hold, dead entries included: passages, documents and the postings. */
  get footprint(): { passages: number; documents: number; postings: Postings['footprint'] } {
    return { passages: this.passageCount, documents: this.uris.length, postings: this.postings.footprint };
  }

  get size(): number {
    return this.livePassages;
  }

  /** Corpus paragraphs sharing the most (rare) wording with the query's shingles, best first. */
  candidates(queryHashes: readonly number[], excludeUris: readonly string[], limit: number): PassageCandidate[] {
    this.post();
    const lists = [...new Set(queryHashes)]
      .map((h) => this.postings.get(h))
      .filter((l): l is PostingList => l !== undefined)
      .map((list) => ({ ...list, length: this.liveLength(list) }))
      .filter((list) => list.length > 0)
      .sort((a, b) => a.length - b.length);
    const common = Math.max(64, this.livePassages * COMMON_SHARE);
    const excluded = new Set(excludeUris.map((uri) => this.docIds.get(uri)));
    if (this.scores.length < this.passageCount) this.scores = new Float64Array(this.passageDoc.length);
    const scores = this.scores;
    const touched: number[] = [];
    lists.forEach((list, i) => {
      const isCommon = list.length > common;
      if (isCommon && i >= 3) return;
      // Common wording adds to the scores of passages the rarer wording found; it finds passages of its own only while those are too few.
      const finds = !isCommon || touched.length < limit;
      const weight = Math.log(1 + this.livePassages / list.length);
      const score = (passage: number): void => {
        if (scores[passage] === 0) {
          if (!finds) return;
          touched.push(passage);
          const docId = this.passageDoc[passage];
          // Passages that cannot be answered are marked once, below any score.
          if (!this.alive[docId] || excluded.has(docId)) scores[passage] = Number.NEGATIVE_INFINITY;
        }
        scores[passage] += weight;
      };
      list.merged.forEach(score);
      list.recent?.forEach(score);
    });
    const best = topScored(touched, scores, limit);
    const candidates = best.map((passage) => {
      const docId = this.passageDoc[passage];
      // A document's passages are numbered one after the other.
      let ordinal = 0;
      while (passage - ordinal > 0 && this.passageDoc[passage - ordinal - 1] === docId) ordinal++;
      return {
        uri: this.uris[docId],
        paragraphIndex: this.passageParagraph[passage],
        textLength: this.textLengths[docId],
        ordinal,
        score: scores[passage],
      };
    });
    for (const passage of touched) scores[passage] = 0;
    return candidates;
  }

  /** A list's length without its dead passages: wording is weighed as a fresh load of the live documents would. */
  private liveLength(list: PostingList): number {
    if (this.livePassages === this.passageCount) return list.length;
    let dead = 0;
    for (const passage of list.merged) if (!this.alive[this.passageDoc[passage]]) dead++;
    for (const passage of list.recent ?? []) if (!this.alive[this.passageDoc[passage]]) dead++;
    return list.length - dead;
  }

  private newPassage(docId: number, paragraphIndex: number): number {
    if (this.passageCount === this.passageDoc.length) {
      this.passageDoc = grow(this.passageDoc);
      this.passageParagraph = grow(this.passageParagraph);
    }
    this.passageDoc[this.passageCount] = docId;
    this.passageParagraph[this.passageCount] = paragraphIndex;
    this.livePassages++;
    this.passagesPerDoc[docId]++;
    return this.passageCount++;
  }

  /** Drops removed documents and their passages, numbering the rest afresh: every array shrinks to what lives. */
  private compact(): void {
    const newDoc = new Int32Array(this.uris.length).fill(-1);
    const kept = this.alive.flatMap((alive, docId) => (alive ? [docId] : []));
    kept.forEach((docId, i) => (newDoc[docId] = i));
    const newPassage = new Int32Array(this.passageCount).fill(-1);
    let live = 0;
    for (let p = 0; p < this.passageCount; p++) if (newDoc[this.passageDoc[p]] >= 0) newPassage[p] = live++;
    const capacity = Math.max(1024, live);
    const passageDoc = new Int32Array(capacity);
    const passageParagraph = new Int32Array(capacity);
    for (let p = 0; p < this.passageCount; p++) {
      if (newPassage[p] < 0) continue;
      passageDoc[newPassage[p]] = newDoc[this.passageDoc[p]];
      passageParagraph[newPassage[p]] = this.passageParagraph[p];
    }
    this.postings.renumber(newPassage, live / Math.max(1, this.passageCount));
    this.passageDoc = passageDoc;
    this.passageParagraph = passageParagraph;
    this.passageCount = live;
    this.scores = new Float64Array(capacity);
    this.uris = kept.map((docId) => this.uris[docId]);
    this.textLengths = kept.map((docId) => this.textLengths[docId]);
    this.alive = kept.map(() => true);
    this.passagesPerDoc = kept.map((docId) => this.passagesPerDoc[docId]);
    this.sampledPerDoc = kept.map((docId) => this.sampledPerDoc[docId]);
    this.summariesPerDoc = kept.map((docId) => this.summariesPerDoc[docId]);
    this.segmentDocs = kept.map((docId) => this.segmentDocs[docId]);
    this.docIds = new Map(this.uris.map((uri, docId) => [uri, docId]));
    this.unposted = this.unposted.flatMap((docId) => (newDoc[docId] >= 0 ? [newDoc[docId]] : []));
  }
}

/** The `limit` passages with the highest positive scores, best first, without sorting every passage touched. */
function topScored(passages: readonly number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = [];
  for (const passage of passages) {
    const score = scores[passage];
    if (!(score > 0) || (best.length === limit && score <= scores[best[limit - 1]])) continue;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]] < score) at--;
    best.splice(at, 0, passage);
    if (best.length > limit) best.pop();
  }
  return best;
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
