import type { Span } from '../types';
import type { FootnoteMarker } from './document';

/**
 * What a symbol keeps once glued digits are taken off its end: "73/181" of "73/1813", "1/CP.21" of "1/CP.2124",
 * "VIII/19" of "VIII/1913", "COVID-19" of "COVID-1914"; or capitals of an acronym: "HIV/AIDS" of "HIV/AIDS10".
 * Never a bare number ("Agenda 216"), nor one or two capitals ("CO2", "G20", "Protocol V8"): those say less.
 */
const SYMBOL_REST = /(?:[/.-]\p{L}{0,4}\.?\d{1,4}|\p{Lu}{3,})$/u;

/**
 * A PDF copy glues a footnote's digits to the symbol or acronym before them ("pursuant to resolution 73/1813 and",
 * "decision 1/CP.2124"), where no pattern can tell them from the symbol's own. Where footnote N has a text but
 * no marker, and the markers of the notes before and after it are found (or it is the last), the one token
 * between them that ends on N's digits and is a symbol without them holds N's marker; with none, or more than
 * one, nothing is said.
 * `markers[i]` are the markers found in `pieces[i]`'s paragraph; they are added to in place.
 */
export function fillMarkerGaps(
  text: string,
  pieces: readonly (readonly Span[])[],
  markers: FootnoteMarker[][],
  texts: ReadonlySet<number>,
): void {
  const found = new Map<number, number>();
  for (const list of markers) for (const m of list) if (!found.has(m.number)) found.set(m.number, m.span.start);
  if (found.size === 0) return;
  const numbers = [...texts].sort((a, b) => a - b);
  const flat = pieces.flatMap((list, paragraph) => list.map((piece) => ({ piece, paragraph })));
  for (const n of numbers) {
    if (found.has(n) || !found.has(n - 1)) continue;
    const after = found.get(n - 1)!;
    // The last note's marker may be anywhere after the one before it.
    const next = numbers.find((m) => m > n && found.has(m));
    if (next === undefined && n !== numbers[numbers.length - 1]) continue;
    const before = next === undefined ? text.length : found.get(next)!;
    const candidates: { paragraph: number; at: number }[] = [];
    const digits = String(n);
    // One scan of the text between the two markers, the pieces walked alongside in the text's order.
    let p = 0;
    for (let at = text.indexOf(digits, after + 1); at >= 0 && at < before; at = text.indexOf(digits, at + 1)) {
      while (p < flat.length && flat[p].piece.end < at + digits.length) p++;
      if (p === flat.length) break;
      const { piece, paragraph } = flat[p];
      if (at >= piece.start && gluedToSymbol(text, at, digits.length, piece.start)) candidates.push({ paragraph, at });
      if (candidates.length > 1) break;
    }
    if (candidates.length !== 1) continue;
    const { paragraph, at } = candidates[0];
    markers[paragraph].push({ number: n, span: { start: at, end: at + digits.length } });
    markers[paragraph].sort((a, b) => a.span.start - b.span.start);
    found.set(n, at);
  }
}

/** The digits at `at` end a token, and what the token keeps without them is a symbol or an acronym. */
function gluedToSymbol(text: string, at: number, length: number, pieceStart: number): boolean {
  const end = at + length;
  if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || /^[.,]\d/.test(text.slice(end, end + 2))) return false;
  let start = at;
  // A symbol is short: a longer token is no symbol, and the scan stays bounded.
  while (start > pieceStart && at - start < 40 && !/\s/.test(text[start - 1])) start--;
  const rest = text.slice(start, at).replace(/^[(“‘"']+/, '');
  return rest.length > 0 && /[\p{L}\p{N}]$/u.test(rest) && SYMBOL_REST.test(rest);
}
