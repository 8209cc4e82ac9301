/**
 * Inlay hints where they help a reader: after "paragraph 5 above", the opening words of paragraph 5;
 * after a cited resolution whose year the text leaves out, the year the corpus dates it (only when the
 * corpus knows it and agrees on it).
 */
import { citationsOf } from '../citations/citationsOf';
import { CROSS_REFERENCE } from '../checks/structure';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { DraftDocument, Paragraph, wordsStart } from '../model/document';
import type { Span } from '../types';
import { oneLine } from './displayText';

export interface DraftInlayHint {
  /** Where the hint stands: an offset into the draft. */
  readonly at: number;
  readonly label: string;
  readonly kind: 'crossReference' | 'citationYear';
  /** The full text the label shortens, for its tooltip. */
  readonly tooltip?: string;
}

/** Opening words shown after a cross-reference, in UTF-16 units. */
const OPENING_WORDS = 48;

/** The hints whose place lies within `span` (the part of the draft on screen), in document order. */
export function getInlayHints(doc: DraftDocument, span: Span, corpus: CorpusIndex): DraftInlayHint[] {
  const hints: DraftInlayHint[] = [];
  const within = (at: number): boolean => at >= span.start && at <= span.end;
  const byNumber = new Map<number, Paragraph>();
  for (const p of doc.operative)
    if (p.number && !p.number.suffix && !byNumber.has(p.number.value)) byNumber.set(p.number.value, p);
  for (const p of [...doc.preambular, ...doc.operative]) {
    if (p.span.end < span.start || p.span.start > span.end) continue;
    for (const piece of p.pieces) {
      for (const m of doc.text.slice(piece.start, piece.end).matchAll(CROSS_REFERENCE)) {
        // One paragraph, not a range nor a sub-paragraph of one: its opening says which it is.
        const target = !m[1] && !m[3] ? byNumber.get(Number(m[2])) : undefined;
        const at = piece.start + m.index! + m[0].length;
        if (!target || target === p || !within(at)) continue;
        const words = openingWords(doc, target);
        hints.push({
          at,
          label: `: ${oneLine(words, OPENING_WORDS)}`,
          kind: 'crossReference',
          tooltip: oneLine(words),
        });
      }
    }
  }
  for (const c of citationsOf(doc)) {
    if (c.self || c.year !== undefined || c.citedDate?.year !== undefined || !/\/RES\//.test(c.symbol)) continue;
    if (c.span.end < span.start || c.span.start > span.end) continue;
    const year = corpusYear(corpus, c.symbol);
    if (year === undefined) continue;
    // After the date the text gives without its year ("of 4 December"), else after the reference.
    const dateEnd = c.citedDate ? doc.text.indexOf(c.citedDate.text, c.span.end) : -1;
    const at = dateEnd >= 0 && dateEnd - c.span.end < 40 ? dateEnd + c.citedDate!.text.length : c.span.end;
    if (!within(at)) continue;
    hints.push({ at, label: c.citedDate ? ` ${year}` : ` (${year})`, kind: 'citationYear' });
  }
  return hints.sort((a, b) => a.at - b.at);
}

/** A paragraph's words after its number, emphasis markers left out. */
function openingWords(doc: DraftDocument, p: Paragraph): string {
  const start = wordsStart(p);
  return doc.text.slice(start, Math.min(p.span.end, start + OPENING_WORDS * 4)).replace(/[*_]/g, '');
}

/** The year of adoption the corpus gives a resolution: its own text's, else every dated citation's if they agree. */
function corpusYear(corpus: CorpusIndex, symbol: string): number | undefined {
  const entry = corpus.lookup(symbol);
  const own = entry.definitions.find((d) => d.citedDate?.year)?.citedDate?.year;
  if (own !== undefined) return own;
  const years = new Set<number>();
  for (const c of entry.citations) if (c.citedDate?.year) years.add(c.citedDate.year);
  return years.size === 1 ? [...years][0] : undefined;
}
