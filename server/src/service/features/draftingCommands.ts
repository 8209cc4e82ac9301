/**
 * The drafter's command set: move a paragraph, insert an operative paragraph, toggle the italics
 * of the operative verbs, convert the punctuation style, and the clean text of a draft. Each
 * returns edits of the draft (or text) and touches nothing it was not asked to change.
 */
import { DraftingStyle, detectStyle, endingEdit, expectedEnding, finalPunctuation } from '../checks/conventions';
import { DraftDocument, Paragraph, Subparagraph, wordsStart } from '../model/document';
import { emphasisSpans } from '../model/emphasis';
import type { Span } from '../types';
import type { TextEditData } from './diagnostics';
import { crossReferenceEdits, numberEdit, rewrite, SpanEdit, toTextEdits } from './renumber';

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

/**
 * Swaps the paragraph at `offset` with its neighbour above or below in the same part. The
 * numbers stay where they are, so the texts take each other's numbers; cross-references
 * follow the texts, and in UN style the full stop stays on the last operative paragraph.
 */
export function moveParagraphEdits(
  doc: DraftDocument,
  offset: number,
  direction: 'up' | 'down',
): TextEditData[] | undefined {
  const at = paragraphAt(doc, offset);
  if (!at) return undefined;
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
  const [firstEnd, secondEnd] = [finalPunctuation(doc, first).char, finalPunctuation(doc, second).char];
  const swapEndings =
    second === doc.operative[doc.operative.length - 1] &&
    detectStyle(doc) === 'un' &&
    firstEnd !== secondEnd &&
    [firstEnd, secondEnd].every((c) => c === ';' || c === '.');
  const ending = (p: Paragraph, to: string): SpanEdit[] => {
    if (!swapEndings) return [];
    const { at } = finalPunctuation(doc, p);
    return [{ span: { start: at, end: at + 1 }, newText: to }];
  };
  // One scan for the references: those inside the swapped region are rewritten with the text they move with.
  const references = crossReferenceEdits(doc, follow);
  const rewritten = (start: number, end: number, punctuation: SpanEdit[] = []): string =>
    rewrite(doc, { start, end }, [
      ...references.filter((e) => e.span.start >= start && e.span.end <= end),
      ...punctuation,
    ]);
  const region = { start: first.span.start, end: second.span.end };
  const moved =
    rewritten(first.span.start, wordsStart(first)) +
    rewritten(wordsStart(second), second.span.end, ending(second, firstEnd)) +
    rewritten(first.span.end, second.span.start) +
    rewritten(second.span.start, wordsStart(second)) +
    rewritten(wordsStart(first), first.span.end, ending(first, secondEnd));
  const outside = references.filter((e) => e.span.end <= region.start || e.span.start >= region.end);
  return toTextEdits(doc, [narrowed(doc, region, moved), ...outside]);
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
 * Adds a numbered operative paragraph after the one at `offset` (after the last, if `offset` is
 * elsewhere), with the next number, the draft's marker, spacing and end punctuation, and
 * renumbers what follows. `cursor` is where to type, in the text after the edits.
 */
export function insertOperativeParagraphEdits(
  doc: DraftDocument,
  offset: number,
): { edits: TextEditData[]; cursor: number } | undefined {
  if (doc.operative.length === 0) return undefined;
  const found = paragraphAt(doc, offset);
  let index = found?.part === doc.operative ? found.index : doc.operative.length - 1;
  // "5 bis" belongs with 5: the new paragraph goes after it.
  while (index + 1 < doc.operative.length && doc.operative[index + 1].number?.suffix) index++;
  const after = doc.operative[index];
  const value = (after.number?.value ?? index + 1) + 1;
  const marker = after.number?.marker ?? '.';
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
  const wasLast = last ? endingEdit(doc, after, expectedEnding(style, 'operative', false)) : undefined;
  if (wasLast?.found === '.') edits.push({ span: wasLast.span, newText: ';' });
  const prefix = `${lineBreak}${blankLines ? lineBreak : ''}${value}${marker} `;
  const insertAt = after.span.end;
  edits.push({
    span: { start: insertAt, end: insertAt },
    newText: `${prefix}${expectedEnding(style, 'operative', last)}`,
  });
  for (const p of doc.operative.slice(index + 1)) {
    if (p.number) edits.push(numberEdit(p.number, p.number.value + 1));
  }
  const from = after.number ? after.number.value : value - 1;
  for (const e of crossReferenceEdits(doc, (old) => (old > from ? old + 1 : undefined))) edits.push(e);
  const shift = edits
    .filter((e) => e.span.end <= insertAt && e.span.start < insertAt)
    .reduce((n, e) => n + e.newText.length - (e.span.end - e.span.start), 0);
  return { edits: toTextEdits(doc, edits), cursor: insertAt + shift + prefix.length };
}

/**
 * "Toggle italics of operative verbs": where most operative openings are in `*italics*`, the
 * markers of all are removed; otherwise every opening is put in italics. Only markers change.
 */
export function toggleItalicsEdits(doc: DraftDocument): TextEditData[] {
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
  return toTextEdits(doc, edits);
}

/**
 * "Convert style UN ⇄ OIC": the paragraph ends (and the enacting formula's) rewritten for `to`;
 * a colon before sub-paragraphs stays, and so do footnote markers, quotes and emphasis after the end.
 */
export function convertStyleEdits(doc: DraftDocument, to: DraftingStyle): TextEditData[] {
  const edits: SpanEdit[] = [];
  const end = (p: Paragraph, expected: string): void => {
    const edit = endingEdit(doc, p, expected);
    if (edit) edits.push({ span: edit.span, newText: expected });
  };
  const formula = doc.enactingFormula;
  if (formula) {
    const { at, char } = finalPunctuation(doc, formula);
    const wanted = to === 'un' ? ',' : ';';
    if ((char === ',' || char === ';') && char !== wanted)
      edits.push({ span: { start: at, end: at + 1 }, newText: wanted });
  }
  for (const p of doc.preambular) end(p, expectedEnding(to, 'preambular', false));
  doc.operative.forEach((p, i) => end(p, expectedEnding(to, 'operative', i === doc.operative.length - 1)));
  return toTextEdits(doc, edits);
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
