import type { Catalogue } from '../corpus/catalogue';
import type { Span } from '../types';
import type { CompletionEntry } from './completion';
import { oneLine } from './displayText';
import { isoDateText } from './hover';

/** Below every resolution the corpus holds: the corpus's entries rank by citations, at most 0. */
const CATALOGUE_RANK = 1;

/**
 * After "resolution 78/": the catalogue's resolutions whose number starts with what is typed, those the corpus
 * offered already (`listed`, by label) left out; the parts of a document one by one ("75/101 A", "75/101 B").
 * Each says it comes from the catalogue.
 */
export function catalogueCompletions(
  catalogue: Catalogue,
  typed: string,
  council: boolean,
  span: Span,
  listed: ReadonlySet<string>,
): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  for (const symbol of catalogue.symbols()) {
    const short = council
      ? /^S\/RES\/(\d+)$/.exec(symbol)?.[1]
      : /^A\/RES\/((?:ES-)?\d+\/\d+(?: [A-Z])?)$/.exec(symbol)?.[1];
    if (!short || !short.startsWith(typed) || listed.has(short)) continue;
    const { record } = catalogue.about(symbol)!;
    const date = record.adopted && isoDateText(record.adopted);
    entries.push({
      label: short,
      detail: [record.title && oneLine(record.title), date, 'from the catalogue; text not in your corpus']
        .filter(Boolean)
        .join(' — '),
      insertText: date && !council ? `${short} of ${date}` : short,
      span,
      rank: CATALOGUE_RANK,
    });
  }
  return entries;
}
