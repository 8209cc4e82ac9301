import type { DraftDocument } from './document';
import { parseDraft } from './parser';

declare const light: unique symbol;

/**
 * A corpus file's parse: paragraphs, title and closing line, without openings, sub-paragraphs or
 * footnote markers, which the index does not keep. A type of its own: the checks, which read what
 * it leaves out, refuse it (see `FullParse`); everything the corpus does with a draft takes it.
 */
export type CorpusParse = DraftDocument & { readonly [light]: true };

/** A parse with every detail: what the checks take. A corpus parse is not one. */
export type FullParse = DraftDocument & { readonly [light]?: never };

/** Parses a corpus file lightly: only what the corpus index and the agreed-language finder read. */
export function parseCorpusText(text: string): CorpusParse {
  return parseDraft(text, { details: false }) as CorpusParse;
}
