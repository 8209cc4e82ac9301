import type { Span } from '../types';

/** `*words*` or `_words_`: a marker, text that neither starts nor ends with a space, the same marker, outside a word (in any script). */
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_])(?=\S)([^*_\r\n]*?\S)\1(?![\p{L}\p{N}*_])/gu;

/** The emphasised runs within `span` of `text`, each from its opening to its closing marker. */
export function emphasisSpans(text: string, span: Span): Span[] {
  const found: Span[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(EMPHASIS))
    found.push({ start: span.start + m.index!, end: span.start + m.index! + m[0].length });
  return found;
}
