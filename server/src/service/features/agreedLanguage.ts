import type { CorpusIndex } from '../corpus/corpusIndex';
import { isPassage, passageWordHashes, shingleHashes, wordHashes } from '../corpus/passageIndex';
import { PassageSummary, wordPieces } from '../corpus/passageSummaries';
import { TextReader, TextWindow, windowAround } from '../corpus/textWindow';
import type { DraftDocument, Paragraph } from '../model/document';
import { LineIndex } from '../model/lineIndex';
import { NOTE_PREFIX } from '../model/parser';
import { Cancellation, neverCancelled, Range, Span, SpanEdit } from '../types';
import { oneLine } from './displayText';
import { escapeMarkdown } from './markdown';

/** Corpus wording found for a paragraph of the draft. */
export interface AgreedLanguageMatch {
  readonly uri: string;
  /** "resolution 63/114", or the document's title. */
  readonly source: string;
  /** "operative paragraph 4", 'paragraph 1 under "Middle East and Palestine"'. */
  readonly place: string;
  /** Where the wording is in its document. */
  readonly range: Range;
  /** Share of the paragraph's three-word runs that the corpus paragraph has too, 0–1. */
  readonly similarity: number;
  /** The corpus paragraph says the same words, in the same order. */
  readonly identical: boolean;
  /** The corpus wording as written, its lines joined: the sentences that share the paragraph's wording. */
  readonly text: string;
  /** Word by word against the draft: the corpus's words in bold, the draft's own in strikethrough. */
  readonly diffMarkdown: string;
  /** The same in plain text: [-the draft's words-] {+the corpus's words+}. */
  readonly diffPlain: string;
}

export interface AgreedLanguageResult {
  /** The draft's paragraph the language was looked for. */
  readonly paragraph: Paragraph;
  readonly matches: readonly AgreedLanguageMatch[];
}

/** Corpus paragraphs re-read and compared word by word: the best of the index's guesses. */
const CANDIDATES = 40;
/** Below this share of its wording, a corpus paragraph is not the same language. */
const MIN_SIMILARITY = 0.12;
/** From this share on, the paragraph "mostly" exists already. */
export const MOSTLY = 0.8;
/** Longer texts are compared on their first words only: the word diff is quadratic. */
const MAX_DIFF_TOKENS = 400;
/** Characters of words a diff shows. */
const MAX_DIFF_SHOWN = 6000;

interface Token {
  readonly text: string;
  readonly span: Span;
  /** Hashes of its words as compared: lower case, without punctuation or emphasis. */
  readonly words: readonly number[];
}

/** Whitespace-separated tokens of the paragraph's pieces after its number, with their offsets. */
function tokensOf(doc: DraftDocument, paragraph: Paragraph): Token[] {
  return tokensIn(doc.text, wordPieces(paragraph));
}

/** Whitespace-separated tokens of the pieces of `text` (from `offset` of its document on), with their offsets. */
function tokensIn(text: string, pieces: readonly Span[], offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const { start, end } of pieces) {
    for (const m of text.slice(start - offset, end - offset).matchAll(/\S+/g)) {
      tokens.push({
        text: m[0],
        span: { start: start + m.index, end: start + m.index + m[0].length },
        words: wordHashes(m[0]),
      });
    }
  }
  return tokens;
}

const ABBREVIATION = /^(?:No|Nos|para|paras|Add|Corr|Rev|Mr|Mrs|Ms|Dr|St|art|arts|vol|e\.g|i\.e|etc|\d+)\.$/i;

/** Index of the sentence each token is in: a token ending in . ; ! ? (outside an abbreviation) ends one. */
function sentenceNumbers(tokens: readonly Token[]): number[] {
  let sentence = 0;
  return tokens.map((t) => {
    const current = sentence;
    if (/[.;!?]["'”’)*]*$/.test(t.text) && !ABBREVIATION.test(t.text.replace(/["'”’)*]+$/, ''))) sentence++;
    return current;
  });
}

/** The tokens' words, each with the token it came from. */
function flatten(tokens: readonly Token[]): { words: number[]; tokenOf: number[] } {
  const words: number[] = [];
  const tokenOf: number[] = [];
  tokens.forEach((t, i) =>
    t.words.forEach((w) => {
      words.push(w);
      tokenOf.push(i);
    }),
  );
  return { words, tokenOf };
}

/**
 * The sentences of a corpus paragraph that share the query's wording (two shared runs of three
 * words at least, or the best one), from the first to the last: a long paragraph of a report
 * contributes the passage, not the whole page.
 */
function excerpt(tokens: readonly Token[], query: ReadonlySet<number>): { tokens: Token[]; shared: number } {
  const { words, tokenOf } = flatten(tokens);
  const sentences = sentenceNumbers(tokens);
  const perSentence = new Map<number, number>();
  const hashes = shingleHashes(words);
  const sharedHashes = new Set<number>();
  hashes.forEach((hash, i) => {
    if (!query.has(hash)) return;
    sharedHashes.add(hash);
    const sentence = sentences[tokenOf[i]];
    perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
  });
  if (sharedHashes.size === 0) return { tokens: [], shared: 0 };
  const best = Math.max(...perSentence.values());
  const relevant = [...perSentence].filter(([, n]) => n >= Math.min(2, best)).map(([s]) => s);
  const first = Math.min(...relevant);
  const last = Math.max(...relevant);
  return { tokens: tokens.filter((_, i) => sentences[i] >= first && sentences[i] <= last), shared: sharedHashes.size };
}

type DiffOp = { readonly op: 'same' | 'draft' | 'corpus'; readonly text: string };

/** Each token's compared form as a number, equal numbers for equal forms: compared in the diff's inner loop. */
function formNumbers(tokens: readonly Token[], numbers: Map<string, number>): Int32Array {
  return Int32Array.from(tokens, (t) => {
    const form = t.words.length > 0 ? t.words.join(',') : ` ${t.text}`;
    let number = numbers.get(form);
    if (number === undefined) numbers.set(form, (number = numbers.size));
    return number;
  });
}

/** Longest common subsequence of the tokens' compared forms: what the corpus and the draft word alike. */
function diffTokens(draft: readonly Token[], corpus: readonly Token[]): DiffOp[] {
  const a = draft.slice(0, MAX_DIFF_TOKENS);
  const b = corpus.slice(0, MAX_DIFF_TOKENS);
  const forms = new Map<string, number>();
  const [x, y] = [formNumbers(a, forms), formNumbers(b, forms)];
  const n = a.length;
  const m = b.length;
  const lcs = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        x[i] === y[j]
          ? lcs[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      ops.push({ op: 'same', text: b[j++].text });
      i++;
    } else if (j < m && (i === n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]))
      ops.push({ op: 'corpus', text: b[j++].text });
    else ops.push({ op: 'draft', text: a[i++].text });
  }
  return ops;
}

/**
 * Runs of the same kind of difference, joined into words, on one line; cut with "…" after
 * MAX_DIFF_SHOWN characters of words: a corpus "word" of a megabyte is not a megabyte of quick pick.
 */
function renderDiff(ops: readonly DiffOp[], mark: (op: DiffOp['op'], text: string) => string): string {
  const runs: { op: DiffOp['op']; words: string[] }[] = [];
  for (const o of ops) {
    const last = runs[runs.length - 1];
    if (last && last.op === o.op) last.words.push(o.text);
    else runs.push({ op: o.op, words: [o.text] });
  }
  const shown: string[] = [];
  let left = MAX_DIFF_SHOWN;
  for (const r of runs) {
    if (left <= 0) {
      shown.push('…');
      break;
    }
    const words = oneLine(r.words.join(' '), left);
    left -= words.length;
    shown.push(mark(r.op, words));
  }
  return shown.join(' ');
}

const MARKDOWN_MARKS: Record<DiffOp['op'], (text: string) => string> = {
  same: (text) => escapeMarkdown(text),
  corpus: (text) => `**${escapeMarkdown(text)}**`,
  draft: (text) => `~~${escapeMarkdown(text)}~~`,
};
const PLAIN_MARKS: Record<DiffOp['op'], (text: string) => string> = {
  same: (text) => text,
  corpus: (text) => `{+${text}+}`,
  draft: (text) => `[-${text}-]`,
};

/**
 * How the note and the quick pick name the source: its resolution number, title or file name, on
 * one line and short, since it becomes a line of the draft. A malformed URI is named as written.
 */
function sourceOf(resolutionNumber: string | undefined, title: string | undefined, uri: string): string {
  if (resolutionNumber) return oneLine(`resolution ${resolutionNumber}`);
  if (title !== undefined) return oneLine(title);
  const name = uri.split('/').pop() ?? uri;
  try {
    return oneLine(decodeURIComponent(name));
  } catch {
    return oneLine(name);
  }
}

/** A corpus paragraph that words the draft's alike, before its diff is made. */
interface Kept {
  readonly candidate: { readonly uri: string };
  readonly window: TextWindow & { lines?: LineIndex };
  readonly summary: PassageSummary;
  readonly found: { readonly tokens: readonly Token[] };
  readonly similarity: number;
  readonly text: string;
  readonly identical: boolean;
}

/** Whether the diff of the two would be all "same": their first MAX_DIFF_TOKENS tokens compare alike, in order. */
function sameForms(draft: readonly Token[], corpus: readonly Token[]): boolean {
  const n = Math.min(draft.length, MAX_DIFF_TOKENS);
  if (Math.min(corpus.length, MAX_DIFF_TOKENS) !== n) return false;
  for (let i = 0; i < n; i++) {
    const [a, b] = [draft[i], corpus[i]];
    // As formNumbers tells forms apart: by the words' hashes, or by the text of a token without words.
    if (a.words.length !== b.words.length || (a.words.length === 0 && a.text !== b.text)) return false;
    for (let w = 0; w < a.words.length; w++) if (a.words[w] !== b.words[w]) return false;
  }
  return true;
}

/** From the first span's start to the last one's end. */
function spanOfAll(spans: readonly Span[]): Span {
  return { start: spans[0].start, end: spans[spans.length - 1].end };
}

/** A range of a window's text as a range of its document: the window starts on line `line`, at its start. */
function shiftedRange(range: Range, line: number): Range {
  return {
    start: { line: range.start.line + line, character: range.start.character },
    end: { line: range.end.line + line, character: range.end.character },
  };
}

/** The paragraph of the draft at `offset` whose wording can be looked for. */
export function passageAt(doc: DraftDocument, offset: number): Paragraph | undefined {
  return doc.paragraphs.find((p) => isPassage(p) && p.span.start <= offset && offset <= p.span.end);
}

/**
 * The corpus paragraphs that word the draft's paragraph at `offset` most alike, best first:
 * candidates from the shingle index, then each re-read from its document and compared word by word.
 * Undefined outside a paragraph, or when cancelled (checked before each document is read).
 */
export function findAgreedLanguage(
  doc: DraftDocument,
  uri: string,
  offset: number,
  corpus: CorpusIndex,
  readText: TextReader,
  limit = 8,
  cancellation: Cancellation = neverCancelled,
): AgreedLanguageResult | undefined {
  const paragraph = passageAt(doc, offset);
  if (!paragraph) return undefined;
  const queryTokens = tokensOf(doc, paragraph);
  const queryHashes = new Set(shingleHashes(passageWordHashes(doc, paragraph)));
  const result = { paragraph, matches: [] as AgreedLanguageMatch[] };
  if (queryHashes.size === 0) return result;
  // What was read of each candidate's text: windows around its passages, each with its lines once a match needs them.
  const windows = new Map<string, (TextWindow & { lines?: LineIndex })[]>();
  const windowOf = (
    candidateUri: string,
    length: number,
    around: Span,
  ): (TextWindow & { lines?: LineIndex }) | undefined => {
    const read = windows.get(candidateUri) ?? [];
    const known = read.find((w) => windowAround(w, around));
    if (known) return known;
    const window = windowAround(readText(candidateUri, around), around);
    // A file changed since it was indexed waits for its re-indexing rather than being quoted wrongly.
    if (!window || window.textLength !== length) return undefined;
    windows.set(candidateUri, [...read, window]);
    return window;
  };
  const seen = new Set<string>();
  const kept: Kept[] = [];
  // The document itself, under its own name or as a copy, is not its own agreed language.
  for (const candidate of corpus.passages.candidates([...queryHashes], corpus.sameText(uri), CANDIDATES)) {
    if (cancellation.isCancellationRequested) return undefined;
    // The passage's words are found from what the index took of it: its document is not parsed again.
    const summary = corpus.passages.summaryOf(candidate);
    if (!summary || summary.pieces.length === 0) continue;
    const window = windowOf(candidate.uri, candidate.textLength, spanOfAll(summary.pieces));
    if (!window) continue;
    const found = excerpt(tokensIn(window.text, summary.pieces, window.start), queryHashes);
    const similarity = found.shared / queryHashes.size;
    if (found.tokens.length === 0 || similarity < MIN_SIMILARITY) continue;
    const text = found.tokens.map((t) => t.text).join(' ');
    // The same wording in two copies of a text is shown once.
    if (seen.has(text)) continue;
    seen.add(text);
    const identical = queryTokens.length <= MAX_DIFF_TOKENS && sameForms(queryTokens, found.tokens);
    kept.push({ candidate, window, summary, found, similarity, text, identical });
  }
  kept.sort((a, b) => Number(b.identical) - Number(a.identical) || b.similarity - a.similarity);
  // The word diff, quadratic, only for the matches shown.
  for (const { candidate, window, summary, found, similarity, text, identical } of kept.slice(0, limit)) {
    const ops = diffTokens(queryTokens, found.tokens);
    const span = { start: found.tokens[0].span.start, end: found.tokens[found.tokens.length - 1].span.end };
    window.lines ??= new LineIndex(window.text);
    const title = corpus.document(candidate.uri)?.title;
    result.matches.push({
      uri: candidate.uri,
      source: sourceOf(summary.resolutionNumber, title, candidate.uri),
      place: summary.place,
      range: shiftedRange(
        window.lines.rangeOf({ start: span.start - window.start, end: span.end - window.start }),
        window.line,
      ),
      similarity,
      identical,
      text,
      diffMarkdown: renderDiff(ops, (op, words) => MARKDOWN_MARKS[op](words)),
      diffPlain: renderDiff(ops, (op, words) => PLAIN_MARKS[op](words)),
    });
  }
  return result;
}

/** The line added under a paragraph that takes agreed language: where the wording came from. */
export function agreedLanguageNote(match: AgreedLanguageMatch): string {
  return `${NOTE_PREFIX} Agreed language: ${match.source}, ${match.place}`;
}

/**
 * Puts the corpus wording in place of the paragraph's (its number and end punctuation stay the
 * draft's) and notes the source on the line below. Text between the paragraph's pieces (a
 * footnote, a page header) is left where it is.
 */
export function agreedLanguageEdits(doc: DraftDocument, paragraph: Paragraph, match: AgreedLanguageMatch): SpanEdit[] {
  const tokens = tokensOf(doc, paragraph);
  if (tokens.length === 0) return [];
  const own = /[.;,:]$/.exec(tokens[tokens.length - 1].text.replace(/[*"”’)]+$/, ''))?.[0];
  const wording = own ? match.text.replace(/([.;,:])?(["”’)*]*)$/, `${own}$2`) : match.text;
  const bodyStart = tokens[0].span.start;
  const pieces = paragraph.pieces
    .map((piece) => ({ start: Math.max(piece.start, bodyStart), end: piece.end }))
    .filter((piece) => piece.start < piece.end);
  return pieces.map((piece, i) => ({
    span: piece,
    newText: `${piece.start === bodyStart ? wording : ''}${i === pieces.length - 1 ? `\n${agreedLanguageNote(match)}` : ''}`,
  }));
}

/**
 * For a hover on a paragraph's opening phrase: whether the paragraph, or most of it, is
 * already corpus language, and where.
 */
export function agreedLanguageSummary(result: AgreedLanguageResult): string | undefined {
  const best = result.matches[0];
  if (!best || best.similarity < MOSTLY) return undefined;
  const where = `${escapeMarkdown(best.source)}, ${escapeMarkdown(best.place)}`;
  return best.identical
    ? `**Agreed language**: identical to ${where}.`
    : `**Agreed language**: ${Math.round(best.similarity * 100)}% of this paragraph's wording is in ${where}.`;
}
