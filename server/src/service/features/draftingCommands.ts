/**
 * The drafter's command set: move a paragraph, insert an operative paragraph, toggle the italics
 * of the operative verbs, convert the punctuation style, and the clean text of a draft. Each
 * returns edits of the draft (or text) and touches nothing it was not asked to change.
 */
import { DraftingStyle, detectStyle, endingEdit, expectedEnding, finalPunctuation } from '../checks/conventions';
import { DraftDocument, Paragraph, Subparagraph, wordsStart } from '../model/document';
import { emphasisSpans } from '../model/emphasis';
import type { Span, SpanEdit } from '../types';
import { crossReferenceEdits, inDocumentOrder, numberEdit, rewrite } from './renumber';

/** The preambular or operative paragraph at `offset`, with the part it belongs to. */
function paragraphAt(
  doc: DraftDocument,
  offset: number,
): { paragraph: Paragraph; part: readonly Paragraph[]; index: number } | undefined {
  for (const part of [doc.preambular, doc.operative]) {
    const index = part.findIndex((p) => p.span.start <= offset && offset <= p.span.end);
    if (index >= 0) return { paragraph: part[index], part, index };
  }
  return undefined;
}

/** The paragraph's operative number, when it names it alone (not "5 bis"). */
function plainNumber(p: Paragraph): number | undefined {
  return p.number && !p.number.suffix ? p.number.value : undefined;
}

/** A block that moves: from `start`; its number or label up to `words`; its end punctuation at `endAt`, if any. */
interface Movable {
  readonly start: number;
  readonly words: number;
  readonly end: number;
  readonly endAt?: number;
}

/** Where the text of a move goes, in the text after its edits: the edits and the cursor's new offset. */
export interface MoveResult {
  readonly edits: SpanEdit[];
  readonly cursor: number;
}

/**
 * Swaps the paragraph at `offset` with its neighbour above or below in the same part; inside a
 * sub-paragraph, the sub-paragraph with its sibling. Numbers and labels stay where they are, so
 * the texts take each other's; cross-references follow the texts, and in UN style the full stop
 * stays on the last operative paragraph. The cursor travels with the moved text.
 */
export function moveParagraphEdits(
  doc: DraftDocument,
  offset: number,
  direction: 'up' | 'down',
): MoveResult | undefined {
  const at = paragraphAt(doc, offset);
  if (!at) return undefined;
  const sub = subparagraphAt(at.paragraph.subparagraphs, offset);
  if (sub) return moveSubparagraph(doc, offset, sub, direction);
  const other = at.index + (direction === 'up' ? -1 : 1);
  if (other < 0 || other >= at.part.length) return undefined;
  const [first, second] = direction === 'up' ? [at.part[other], at.paragraph] : [at.paragraph, at.part[other]];
  const [a, b] = [plainNumber(first), plainNumber(second)];
  const duplicated = (n: number | undefined): boolean => doc.operative.filter((p) => plainNumber(p) === n).length > 1;
  const follow =
    a === undefined || b === undefined || duplicated(a) || duplicated(b)
      ? () => undefined
      : (old: number) => (old === a ? b : old === b ? a : undefined);
  // In UN style the full stop stays on the last operative paragraph and the ";" on the others: each place keeps its
  // ending, either way round (were only ";" then "." swapped, moving down and back up would not give the text back).
  const [firstEnd, secondEnd] = [finalPunctuation(doc, first), finalPunctuation(doc, second)];
  const swapEndings =
    second === doc.operative[doc.operative.length - 1] &&
    detectStyle(doc) === 'un' &&
    firstEnd.char !== secondEnd.char &&
    [firstEnd.char, secondEnd.char].every((c) => c === ';' || c === '.');
  // The space after a number stays with it: swapped with an un-numbered paragraph, neither text gains or loses one.
  const movable = (p: Paragraph, end: { at: number }): Movable => ({
    start: p.span.start,
    words: firstWordAt(doc.text, wordsStart(p), p.span.end),
    end: p.span.end,
    endAt: swapEndings ? end.at : undefined,
  });
  // One scan for the references: those inside the swapped region are rewritten with the text they move with.
  return swap(
    doc,
    offset,
    direction,
    movable(first, firstEnd),
    movable(second, secondEnd),
    crossReferenceEdits(doc, follow),
  );
}

/** Where the words start from `from` on: past spaces and tabs, not past `end`. */
function firstWordAt(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00a0')) at++;
  return at;
}

/** The innermost sub-paragraph at `offset` with the list it is in; none on the lead-in of its paragraph. */
function subparagraphAt(
  list: readonly Subparagraph[],
  offset: number,
): { list: readonly Subparagraph[]; index: number } | undefined {
  const index = list.findIndex((s) => s.span.start <= offset && offset <= s.span.end);
  if (index < 0) return undefined;
  return subparagraphAt(list[index].children, offset) ?? { list, index };
}

/** A sub-paragraph swapped with its sibling: the labels stay, and each place keeps its end punctuation. */
function moveSubparagraph(
  doc: DraftDocument,
  offset: number,
  { list, index }: { list: readonly Subparagraph[]; index: number },
  direction: 'up' | 'down',
): MoveResult | undefined {
  const other = index + (direction === 'up' ? -1 : 1);
  if (other < 0 || other >= list.length) return undefined;
  const [first, second] = direction === 'up' ? [list[other], list[index]] : [list[index], list[other]];
  const ends = [first, second].map((s) => s.span.end - 1);
  const endings = ends.every((i) => /[;,.]/.test(doc.text[i])) && doc.text[ends[0]] !== doc.text[ends[1]];
  const movable = (s: Subparagraph, endAt: number): Movable => ({
    start: s.span.start,
    words: s.markerSpan.end,
    end: s.span.end,
    endAt: endings ? endAt : undefined,
  });
  return swap(doc, offset, direction, movable(first, ends[0]), movable(second, ends[1]), []);
}

/**
 * The edits swapping the texts of `first` and `second` (first above), each keeping its place's number and, where
 * `endAt` is given, its place's end punctuation; `references` are edits anywhere in the draft to make as well.
 */
function swap(
  doc: DraftDocument,
  offset: number,
  direction: 'up' | 'down',
  first: Movable,
  second: Movable,
  references: readonly SpanEdit[],
): MoveResult {
  const ending = (from: Movable, to: Movable): SpanEdit[] =>
    from.endAt === undefined || to.endAt === undefined
      ? []
      : [{ span: { start: from.endAt, end: from.endAt + 1 }, newText: doc.text[to.endAt] }];
  const rewritten = (start: number, end: number, punctuation: SpanEdit[] = []): string =>
    rewrite(doc, { start, end }, [
      ...references.filter((e) => e.span.start >= start && e.span.end <= end),
      ...punctuation,
    ]);
  const pieces = [
    rewritten(first.start, first.words),
    rewritten(second.words, second.end, ending(second, first)),
    rewritten(first.end, second.start),
    rewritten(second.start, second.words),
    rewritten(first.words, first.end, ending(first, second)),
  ];
  const region = { start: first.start, end: second.end };
  const outside = references.filter((e) => e.span.end <= region.start || e.span.start >= region.end);
  const shift = outside
    .filter((e) => e.span.end <= region.start)
    .reduce((n, e) => n + e.newText.length - (e.span.end - e.span.start), 0);
  // The moved text's number (or label) piece and words piece in the new region, and where the cursor was in them.
  const mover = direction === 'down' ? first : second;
  const [label, words] = direction === 'down' ? [3, 4] : [0, 1];
  const inWords = offset >= mover.words;
  const piece = inWords ? words : label;
  const pieceStart = pieces.slice(0, piece).reduce((n, t) => n + t.length, 0);
  const within = Math.min(offset - (inWords ? mover.words : mover.start), pieces[piece].length);
  return {
    edits: inDocumentOrder([narrowed(doc, region, pieces.join('')), ...outside]),
    cursor: region.start + shift + pieceStart + Math.max(0, within),
  };
}

/** A replacement of `span` by `text`, narrowed to the part that differs: the edit shows what moved, nothing more. */
function narrowed(doc: DraftDocument, span: Span, text: string): SpanEdit {
  const old = doc.text.slice(span.start, span.end);
  let head = 0;
  while (head < old.length && head < text.length && old[head] === text[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < text.length - head &&
    old[old.length - 1 - tail] === text[text.length - 1 - tail]
  )
    tail++;
  return { span: { start: span.start + head, end: span.end - tail }, newText: text.slice(head, text.length - tail) };
}

/**
 * Adds a numbered operative paragraph after the one at `offset`; on a blank line, there: after
 * the operative paragraph above it, or before the first when the line leads into the operative
 * part; elsewhere after the last. It has the next number, the draft's marker, spacing and end
 * punctuation, and what follows is renumbered. `cursor` is where to type, in the text after the edits.
 */
export function insertOperativeParagraphEdits(
  doc: DraftDocument,
  offset: number,
): { edits: SpanEdit[]; cursor: number } | undefined {
  if (doc.operative.length === 0) return undefined;
  const found = paragraphAt(doc, offset);
  let index = found?.part === doc.operative ? found.index : (blankLineSlot(doc, offset) ?? doc.operative.length - 1);
  // "5 bis" belongs with 5: the new paragraph goes after it.
  while (index >= 0 && index + 1 < doc.operative.length && doc.operative[index + 1].number?.suffix) index++;
  const after: Paragraph | undefined = doc.operative[index];
  const next = doc.operative[index + 1];
  const value = after ? (after.number?.value ?? index + 1) + 1 : (next.number?.value ?? 1);
  const marker = (after ?? next).number?.marker ?? '.';
  const style = detectStyle(doc);
  const lineBreak = /\r\n/.test(doc.text) ? '\r\n' : '\n';
  const blankLines =
    doc.operative
      .slice(1)
      .some((p, i) => /\n[ \t]*\r?\n/.test(doc.text.slice(doc.operative[i].span.end, p.span.start))) ||
    doc.operative.length === 1;
  const last = index === doc.operative.length - 1;
  const edits: SpanEdit[] = [];
  // In UN style the full stop passes from the old last paragraph to the new one.
  const wasLast = last && after ? endingEdit(doc, after, expectedEnding(style, 'operative', false)) : undefined;
  if (wasLast?.found === '.') edits.push({ span: wasLast.span, newText: ';' });
  const prefix = `${lineBreak}${blankLines ? lineBreak : ''}${value}${marker} `;
  // Before the first, the new paragraph follows whatever leads into the operative part.
  const insertAt = after ? after.span.end : doc.paragraphs[doc.paragraphs.indexOf(next) - 1].span.end;
  edits.push({
    span: { start: insertAt, end: insertAt },
    newText: `${prefix}${expectedEnding(style, 'operative', last)}`,
  });
  for (const p of doc.operative.slice(index + 1)) {
    if (p.number) edits.push(numberEdit(p.number, p.number.value + 1));
  }
  const from = value - 1;
  for (const e of crossReferenceEdits(doc, (old) => (old > from ? old + 1 : undefined))) edits.push(e);
  const shift = edits
    .filter((e) => e.span.end <= insertAt && e.span.start < insertAt)
    .reduce((n, e) => n + e.newText.length - (e.span.end - e.span.start), 0);
  return { edits: inDocumentOrder(edits), cursor: insertAt + shift + prefix.length };
}

/**
 * On a blank line, the index of the operative paragraph the new one goes after: the one just above, or -1 when
 * the line is just above the first (and something precedes it). Undefined when `offset` is on no blank line there.
 */
function blankLineSlot(doc: DraftDocument, offset: number): number | undefined {
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', offset);
  if (!/^[ \t\r]*$/.test(doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd))) return undefined;
  const below = doc.paragraphs.findIndex((p) => p.span.start >= offset);
  const above = below < 0 ? doc.paragraphs[doc.paragraphs.length - 1] : doc.paragraphs[below - 1];
  const operativeAbove = above ? doc.operative.indexOf(above) : -1;
  if (operativeAbove >= 0) return operativeAbove;
  return above && below >= 0 && doc.paragraphs[below] === doc.operative[0] ? -1 : undefined;
}

/**
 * "Toggle italics of operative verbs": where most operative openings are in `*italics*`, the
 * markers of all are removed; otherwise every opening is put in italics. Only markers change.
 */
export function toggleItalicsEdits(doc: DraftDocument): SpanEdit[] {
  const openings = doc.operative.flatMap((p) => (p.opening ? [p.opening] : []));
  const italic = openings.filter((o) => o.italic);
  const edits: SpanEdit[] = [];
  if (italic.length * 2 > openings.length) {
    for (const o of italic)
      edits.push(
        { span: { start: o.span.start, end: o.span.start + 1 }, newText: '' },
        { span: { start: o.span.end - 1, end: o.span.end }, newText: '' },
      );
  } else {
    for (const o of openings) {
      // An opening written with a stray marker ("*Decides to") is left for the drafter.
      if (o.italic || /[*_]/.test(doc.text.slice(o.span.start, o.span.end))) continue;
      edits.push(
        { span: { start: o.span.start, end: o.span.start }, newText: '*' },
        { span: { start: o.span.end, end: o.span.end }, newText: '*' },
      );
    }
  }
  return inDocumentOrder(edits);
}

/**
 * "Convert style UN ⇄ OIC": the paragraph ends rewritten for `to`; a colon before sub-paragraphs
 * stays, and so do footnote markers, quotes and emphasis after the end. The enacting formula is
 * the body's own ("The General Assembly,") and stays as written.
 */
export function convertStyleEdits(doc: DraftDocument, to: DraftingStyle): SpanEdit[] {
  const edits: SpanEdit[] = [];
  const end = (p: Paragraph, expected: string): void => {
    const edit = endingEdit(doc, p, expected);
    if (edit) edits.push({ span: edit.span, newText: expected });
  };
  for (const p of doc.preambular) end(p, expectedEnding(to, 'preambular', false));
  doc.operative.forEach((p, i) => end(p, expectedEnding(to, 'operative', i === doc.operative.length - 1)));
  return inDocumentOrder(edits);
}

/**
 * The style the paragraph ends follow, whatever the formula says: the majority of the preambular
 * ends ("," UN, ";" OIC), else of the operative ends but the last (";" UN, "." OIC), else the draft's style.
 */
export function endingsStyle(doc: DraftDocument): DraftingStyle {
  const count = (paragraphs: readonly Paragraph[], char: string): number =>
    paragraphs.filter((p) => finalPunctuation(doc, p).char === char).length;
  const byPreamble = count(doc.preambular, ';') - count(doc.preambular, ',');
  if (byPreamble !== 0) return byPreamble > 0 ? 'oic' : 'un';
  const operative = doc.operative.slice(0, -1);
  const byOperative = count(operative, '.') - count(operative, ';');
  if (byOperative !== 0) return byOperative > 0 ? 'oic' : 'un';
  return detectStyle(doc);
}

/**
 * "Copy clean text": the draft for an e-mail or a word processor. Emphasis markers and drafter's
 * notes go, the hard-wrapped lines of a paragraph are joined, paragraphs are separated by one
 * blank line; a sub-paragraph that starts its own line keeps it. Every word stays as written.
 */
export function cleanText(doc: DraftDocument): string {
  const lineBreak = /\r\n/.test(doc.text) ? '\r\n' : '\n';
  const paragraphs = doc.paragraphs.map((p) => {
    const ownLines = new Set(
      allSubparagraphs(p.subparagraphs)
        .filter((s) => !s.inline)
        .map((s) => s.markerSpan.start),
    );
    const markers = new Set(
      p.pieces.flatMap((piece) => emphasisSpans(doc.text, piece)).flatMap((e) => [e.start, e.end - 1]),
    );
    const lines: string[] = [];
    for (const piece of p.pieces) {
      let lineStart = piece.start;
      for (const line of doc.text.slice(piece.start, piece.end).split(/\r\n|\r|\n/)) {
        const indent = line.length - line.trimStart().length;
        // A hard-wrapped line joins the one before, unless it starts a sub-paragraph of its own.
        const own = lines.length === 0 || ownLines.has(lineStart + indent);
        const words = withoutMarkers(doc.text, lineStart + indent, lineStart + line.trimEnd().length, markers);
        if (own) lines.push(words);
        else lines[lines.length - 1] += ` ${words}`;
        lineStart +=
          line.length +
          (doc.text[lineStart + line.length] === '\r' && doc.text[lineStart + line.length + 1] === '\n' ? 2 : 1);
      }
    }
    return lines
      .map((l) => l.trim())
      .filter((l) => l)
      .join(lineBreak);
  });
  return paragraphs.filter((t) => t).join(lineBreak + lineBreak) + lineBreak;
}

/** `text` from `start` to `end` without the characters at `markers`. */
function withoutMarkers(text: string, start: number, end: number, markers: ReadonlySet<number>): string {
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    if (!markers.has(i)) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return out + text.slice(from, Math.max(from, end));
}

export function allSubparagraphs(list: readonly Subparagraph[]): Subparagraph[] {
  return list.flatMap((s) => [s, ...allSubparagraphs(s.children)]);
}
