import { findBrackets } from '../model/brackets';
import type { DraftDocument, FootnoteMarker, Subparagraph } from '../model/document';
import { subparagraphLabel, writtenMarker } from '../model/subparagraphs';
import { inOrder } from '../features/compare';
import { CHECK_CODES, Finding } from './diagnostic';
import { ParagraphRead, ParagraphReader } from './paragraphReads';
import { shiftSpan } from '../model/earlierParse';
import type { Span } from '../types';

const shown = (s: Subparagraph): string => writtenMarker(s.style, s.label);
const shownAs = (s: Subparagraph, label: string): string => writtenMarker(s.style, label);

/** Sub-paragraphs: each list in sequence from (a) or (i), the right nesting, no lone (a). */
export function checkSubparagraphs(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  /** `continued`: the list before it under the previous parent, whose lettering this one may continue. */
  const visit = (list: readonly Subparagraph[], parentDegree: number, continued?: Subparagraph): void => {
    list.forEach((s, i) => {
      // One finding per misplaced run: (i), (ii), (iii) outside any (a) is one mistake. Adopted Council
      // texts open lists with (i) or a., and put i. under (a): a note on the Editorial Manual's order, no more.
      if (s.degree !== parentDegree + 1 && (i === 0 || list[i - 1].degree !== s.degree)) {
        const expected = ['(a)', '(i)', 'a.', 'i.', '1.'][parentDegree] ?? '(a)';
        findings.push({
          code: CHECK_CODES.subparagraphNesting,
          span: s.markerSpan,
          message: `${shown(s)} stands where a sub-paragraph of the form ${expected} is expected: ${['', '(i) goes inside (a)', 'a. goes inside (i)', 'i. goes inside a.', '1. goes inside i.'][s.degree - 1] || 'sub-paragraphs start with (a)'}.`,
        });
      }
      // Judged from the label before it: a lost (i) between (h) and (j) is one finding, not one per label after it.
      const runsOn = continued?.degree === s.degree && s.ordinal !== 1;
      const expected = i > 0 ? list[i - 1].ordinal + 1 : runsOn ? continued!.ordinal + 1 : 1;
      if (s.ordinal !== expected) {
        const right = subparagraphLabel(s, expected);
        const previous = list[i - 1];
        findings.push({
          code: CHECK_CODES.subparagraphSequence,
          span: s.markerSpan,
          message: previous
            ? `${shown(s)} follows ${shown(previous)}: ${shownAs(s, right)} expected.`
            : `The first sub-paragraph is ${shown(s)}; it should be ${shownAs(s, right)}.`,
          related: previous ? [{ span: previous.markerSpan, message: shown(previous) }] : [],
        });
      }
      const before = list[i - 1]?.children;
      visit(s.children, s.degree, before?.[before.length - 1]);
    });
    if (list.length === 1 && list[0].ordinal === 1) {
      findings.push({
        code: CHECK_CODES.subparagraphLone,
        span: list[0].markerSpan,
        message: `A lone ${shown(list[0])}: a paragraph is divided into sub-paragraphs only when there are at least two.`,
      });
    }
  };
  // The resolution's own paragraphs: an annex's or a report's running text is read with less certainty.
  for (const p of [...doc.preambular, ...doc.operative]) visit(p.subparagraphs, 0);
  return findings;
}

/** Unagreed text stands in square brackets; each "[" must be closed. */
export function checkBrackets(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  const brackets = findBrackets(doc.text);
  for (const p of doc.paragraphs) {
    const open: number[] = [];
    for (const piece of p.pieces) {
      for (const i of brackets.within(piece.start, piece.end)) {
        if (doc.text[i] === '[') open.push(i);
        else if (open.length > 0) open.pop();
        else
          findings.push({
            code: CHECK_CODES.bracketUnmatched,
            span: { start: i, end: i + 1 },
            message: 'This "]" closes no "[".',
          });
      }
    }
    for (const at of open)
      findings.push({
        code: CHECK_CODES.bracketUnclosed,
        span: { start: at, end: at + 1 },
        message: 'This "[" is never closed: bracketed text must end with "]" in the same paragraph.',
      });
  }
  return findings;
}

/**
 * Where the references are digits glued to the words, as a PDF's text has them, footnote N's may be glued to a
 * number, a symbol or an acronym ("Agenda 216", "article 1,2", "2023.14", "INTERPOL1"), where no reading can tell
 * them apart: if N's digits end such a token between the references to the notes before and after it, the reference
 * may well be there, and nothing is said.
 */
function mayBeGluedReference(doc: DraftDocument, n: number, markers: readonly FootnoteMarker[]): boolean {
  if (markers.some((m) => !/^\d+$/.test(doc.text.slice(m.span.start, m.span.end)))) return false;
  // From the first references to the notes before N to the first to a note after it: a note may be referred to again.
  let to = doc.text.length;
  for (const m of markers) if (m.number > n) to = Math.min(to, m.span.start);
  let from = 0;
  const seen = new Set<number>();
  for (const m of markers) {
    if (seen.has(m.number)) continue;
    seen.add(m.number);
    if (m.number < n && m.span.end <= to) from = Math.max(from, m.span.end);
  }
  const glued = new RegExp(`\\S${n}(?!\\d)`);
  return doc.paragraphs.some(
    (p) =>
      p.kind !== 'footnote' &&
      p.kind !== 'title' &&
      p.pieces.some((piece) => glued.test(doc.text.slice(Math.max(piece.start, from), Math.min(piece.end, to)))),
  );
}

/** Every marker has a text, every text is referred to, numbers go in order of first use. */
export function checkFootnotes(doc: DraftDocument): Finding[] {
  const findings: Finding[] = [];
  const texts = new Map(doc.footnotes.map((f) => [f.footnoteNumber!, f]));
  const markers = doc.paragraphs.flatMap((p) => p.footnoteMarkers);
  const referred = new Set(markers.map((m) => m.number));
  const end = doc.text.length;
  const stubAt = { start: end, end };
  const lineBreak = /\r\n/.test(doc.text) ? '\r\n' : '\n';
  const separator = doc.text.endsWith('\n') || doc.text.endsWith('\r') ? lineBreak : lineBreak + lineBreak;
  for (const m of markers) {
    if (!texts.has(m.number)) {
      const marker = doc.text.slice(m.span.start, m.span.end);
      findings.push({
        code: CHECK_CODES.footnoteMissingText,
        span: m.span,
        message: `Footnote ${m.number} has no text.`,
        fix: {
          title: `Add the text of footnote ${m.number} at the end`,
          span: stubAt,
          newText: `${separator}${marker} [Text of footnote ${m.number}.]${lineBreak}`,
        },
      });
    }
  }
  for (const f of doc.footnotes) {
    if (!referred.has(f.footnoteNumber!) && !mayBeGluedReference(doc, f.footnoteNumber!, markers))
      findings.push({
        code: CHECK_CODES.footnoteUnreferenced,
        span: f.pieces[0],
        message: `Footnote ${f.footnoteNumber} is not referred to in the text.`,
      });
  }
  // Part B of a resolution goes on from part A's footnotes: the numbering may start past 1.
  let first = Infinity;
  for (const n of texts.keys()) first = Math.min(first, n);
  for (const n of referred) first = Math.min(first, n);
  // The footnotes first used in order are the longest rising run of first uses: only the others are out of order,
  // so one stray marker ("17" among 8 and 9) is one finding, not one on every marker after it.
  const firstUses: FootnoteMarker[] = [];
  const used = new Set<number>();
  for (const m of markers) {
    if (used.has(m.number)) continue; // a footnote may be referred to again
    used.add(m.number);
    firstUses.push(m);
  }
  const kept = inOrder(firstUses.map((m) => m.number));
  // The first one used is out of order if it is not the first number: part B may go on from part A's footnotes.
  firstUses.forEach((m, i) => {
    if (kept[i] && (i !== 0 || m.number === first)) return;
    findings.push({
      code: CHECK_CODES.footnoteOrder,
      span: m.span,
      message: `Footnote ${m.number} is the ${ordinalWord(i + 1)} footnote referred to; footnotes are numbered in order of first use.`,
    });
  });
  return findings;
}

function ordinalWord(n: number): string {
  return (
    ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'][n - 1] ?? `${n}th`
  );
}

/** "paragraph 5 above", "paragraphs 3 to 7 above", "subparagraph (b) of paragraph 2". */
export const CROSS_REFERENCE =
  /\b(?:sub-?paragraph\s+\(([a-z]{1,2}|[ivxlc]{1,6})\)\s+of\s+)?paragraphs?\s+(\d{1,3})(?:\s*(?:to|and|-|–)\s*(\d{1,3}))?\s+(?:above|below|of the present (?:resolution|decision|communiqué))\b/gi;

/** A paragraph's cross-references: "paragraphs 3 to 7 above" as 3, 7; "subparagraph (b) of paragraph 2" with "b". */
const CROSS_REFERENCES: ParagraphRead<{ span: Span; from: number; to: number; label?: string }[]> = {
  read: (doc, p) =>
    p.pieces.flatMap((piece) =>
      [...doc.text.slice(piece.start, piece.end).matchAll(CROSS_REFERENCE)].map((m) => ({
        span: { start: piece.start + m.index, end: piece.start + m.index + m[0].length },
        from: Number(m[2]),
        to: m[3] ? Number(m[3]) : Number(m[2]),
        label: m[1],
      })),
    ),
  shift: (references, delta) => references.map((r) => ({ ...r, span: shiftSpan(r.span, delta) })),
};

/** In-draft cross-references point at paragraphs that exist. */
export function checkCrossReferences(doc: DraftDocument, reads = new ParagraphReader(doc)): Finding[] {
  const findings: Finding[] = [];
  const byNumber = new Map(doc.operative.filter((p) => p.number && !p.number.suffix).map((p) => [p.number!.value, p]));
  for (const p of [...doc.preambular, ...doc.operative]) {
    for (const { span, from, to, label } of reads.read(CROSS_REFERENCES, p)) {
      const missing = [];
      for (let n = from; n <= Math.min(to, from + 200); n++) if (!byNumber.has(n)) missing.push(n);
      if (missing.length > 0) {
        findings.push({
          code: CHECK_CODES.crossReference,
          span,
          message: `There is no paragraph ${missing.join(', ')} in this draft.`,
        });
      } else if (label) {
        const target = byNumber.get(from)!;
        if (!target.subparagraphs.some((s) => s.label === label))
          findings.push({
            code: CHECK_CODES.crossReference,
            span,
            message: `Paragraph ${from} has no sub-paragraph (${label}).`,
            related: [{ span: target.number!.span, message: `paragraph ${from}` }],
          });
      }
    }
  }
  return findings;
}
