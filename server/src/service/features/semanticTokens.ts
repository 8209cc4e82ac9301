/**
 * Semantic tokens of a draft: what a reader tells apart on the page (opening phrases, paragraph numbers,
 * citations, footnote markers, unagreed [bracketed] text, emphasis and its markers, drafter's notes),
 * so that a theme colours them by meaning rather than the grammar's guesses. Tokens never overlap and
 * never cross a line: where two meet, the more specific one wins and the other is cut around it;
 * brackets and emphasis also lend their modifier to what lies inside them.
 */
import { citationsOf } from '../citations/citationsOf';
import { findBrackets } from '../model/brackets';
import type { DraftDocument, Paragraph } from '../model/document';
import { emphasisSpans } from '../model/emphasis';
import { allSubparagraphs } from './draftingCommands';
import type { Span } from '../types';

/** The legend, in the order the server announces it: a token's `type` is an index into this. */
export const SEMANTIC_TOKEN_TYPES = [
  'opening',
  'paragraphNumber',
  'citation',
  'footnote',
  'unagreed',
  'emphasis',
  'emphasisMarker',
  'comment',
] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** Modifiers: written in italics; within unagreed (bracketed) text. A token's `modifiers` is a bit set of these. */
export const SEMANTIC_TOKEN_MODIFIERS = ['italic', 'unagreed'] as const;
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

/** A marked stretch before flattening: the higher `rank` shows where two overlap; `lends` goes to what it covers. */
interface Mark {
  readonly span: Span;
  readonly type: SemanticTokenType;
  readonly rank: number;
  readonly lends?: SemanticTokenModifier;
}

/** Ranks: markers and numbers over what they sit in, citations over openings, everything over brackets. */
const RANK: Record<SemanticTokenType, number> = {
  emphasisMarker: 7,
  paragraphNumber: 6,
  footnote: 5,
  citation: 4,
  opening: 3,
  comment: 3,
  emphasis: 2,
  unagreed: 1,
};

const mark = (span: Span, type: SemanticTokenType, lends?: SemanticTokenModifier): Mark => ({
  span,
  type,
  rank: RANK[type],
  lends,
});

/** Drafter's notes: lines whose first visible characters are "//". */
const NOTE_LINE = /^[ \t]*\/\/[^\r\n]*/gm;

/** The semantic tokens of the draft, in document order. */
export function getSemanticTokens(doc: DraftDocument): SemanticToken[] {
  const marks: Mark[] = [];
  const header = new Set<Paragraph>(doc.header);
  for (const p of doc.paragraphs) {
    if (p.number) marks.push(mark(p.number.span, 'paragraphNumber'));
    for (const s of allSubparagraphs(p.subparagraphs)) marks.push(mark(s.markerSpan, 'paragraphNumber'));
    if (p.opening) marks.push(mark(p.opening.span, 'opening', p.opening.italic ? 'italic' : undefined));
    for (const m of p.footnoteMarkers) marks.push(mark(m.span, 'footnote'));
    if (p.kind === 'footnote') marks.push(mark(footnoteNumberSpan(doc.text, p.span), 'footnote'));
    for (const piece of p.pieces) {
      for (const e of emphasisSpans(doc.text, piece)) {
        marks.push(mark({ start: e.start, end: e.start + 1 }, 'emphasisMarker'));
        marks.push(mark({ start: e.start + 1, end: e.end - 1 }, 'emphasis', 'italic'));
        marks.push(mark({ start: e.end - 1, end: e.end }, 'emphasisMarker'));
      }
      // The symbol line of the title block, "[without reference to a Main Committee …]", is not negotiation.
      if (!header.has(p)) for (const b of bracketedSpans(doc, piece)) marks.push(mark(b, 'unagreed', 'unagreed'));
    }
  }
  for (const c of citationsOf(doc)) marks.push(mark(c.span, 'citation'));
  for (const m of doc.text.matchAll(NOTE_LINE)) {
    const start = m.index! + m[0].length - m[0].trimStart().length;
    marks.push(mark({ start, end: m.index! + m[0].length }, 'comment'));
  }
  return toLines(doc, flatten(marks));
}

/** "¹" or "3" at the start of a footnote's text. */
function footnoteNumberSpan(text: string, span: Span): Span {
  const m = /^[^\s.]+/.exec(text.slice(span.start, Math.min(span.end, span.start + 12)));
  return { start: span.start, end: span.start + (m?.[0].length ?? 0) };
}

/**
 * The outermost bracketed passages of a piece, "[" and "]" included; an unclosed "[" runs to the end of
 * the piece (the checks report it), a "]" that closes nothing is left alone.
 */
export function bracketedSpans(doc: DraftDocument, piece: Span): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let from = 0;
  for (const at of findBracketsOf(doc).within(piece.start, piece.end)) {
    if (doc.text[at] === '[') {
      if (depth++ === 0) from = at;
    } else if (depth > 0 && --depth === 0) spans.push({ start: from, end: at + 1 });
  }
  if (depth > 0) spans.push({ start: from, end: piece.end });
  return spans;
}

const bracketMemo = new WeakMap<DraftDocument, ReturnType<typeof findBrackets>>();
function findBracketsOf(doc: DraftDocument): ReturnType<typeof findBrackets> {
  let found = bracketMemo.get(doc);
  if (!found) bracketMemo.set(doc, (found = findBrackets(doc.text)));
  return found;
}

/** A stretch of one type and modifiers, before it is cut at line breaks. */
interface Flat {
  readonly start: number;
  readonly end: number;
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

/**
 * One sweep over the marks' boundaries: between two boundaries the highest-ranked open mark gives the type,
 * every open mark its modifier. Marks nest a few deep at most, so the open set stays small.
 */
function flatten(marks: readonly Mark[]): Flat[] {
  const events: { at: number; mark: Mark; open: boolean }[] = [];
  for (const m of marks) {
    if (m.span.end <= m.span.start) continue;
    events.push({ at: m.span.start, mark: m, open: true }, { at: m.span.end, mark: m, open: false });
  }
  events.sort((a, b) => a.at - b.at);
  const open: Mark[] = [];
  const out: Flat[] = [];
  let i = 0;
  while (i < events.length) {
    const at = events[i].at;
    for (; i < events.length && events[i].at === at; i++) {
      const e = events[i];
      if (e.open) open.push(e.mark);
      else open.splice(open.indexOf(e.mark), 1);
    }
    if (open.length === 0 || i >= events.length) continue;
    const end = events[i].at;
    let top = open[0];
    for (const m of open) if (m.rank > top.rank) top = m;
    const modifiers = [...new Set(open.flatMap((m) => (m.lends ? [m.lends] : [])))].sort(
      (a, b) => SEMANTIC_TOKEN_MODIFIERS.indexOf(a) - SEMANTIC_TOKEN_MODIFIERS.indexOf(b),
    );
    const last = out.at(-1);
    if (last && last.end === at && last.type === top.type && sameList(last.modifiers, modifiers)) {
      out[out.length - 1] = { ...last, end };
    } else out.push({ start: at, end, type: top.type, modifiers });
  }
  return out;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Each stretch cut at its line breaks, without the line breaks themselves. */
function toLines(doc: DraftDocument, flats: readonly Flat[]): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  for (const f of flats) {
    for (let line = doc.lines.lineOf(f.start); ; line++) {
      const lineStart = doc.lines.lineStart(line);
      const start = Math.max(f.start, lineStart);
      const end = Math.min(f.end, doc.lines.lineEnd(line));
      if (end > start)
        tokens.push({ line, character: start - lineStart, length: end - start, type: f.type, modifiers: f.modifiers });
      if (f.end <= doc.lines.lineEnd(line) || line + 1 >= doc.lines.lineCount) break;
    }
  }
  return tokens;
}
