import { citationAt } from '../citations/citationsOf';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { DraftDocument } from '../model/document';
import type { Range } from '../types';
import { oneLine } from './displayText';

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

/**
 * Go to definition: the corpus document that is the cited text (its title line). Where the corpus lacks the text,
 * nothing: a citation of it (perhaps the drafter's own) is no definition, and the editor says none was found.
 */
export function getDefinition(doc: DraftDocument, offset: number, corpus: CorpusIndex): Location[] {
  const citation = citationAt(doc, offset);
  if (!citation) return [];
  return corpus
    .lookup(citation.symbol)
    .definitions.map((d) => ({ uri: d.uri, range: corpus.document(d.uri)?.titleRange ?? d.range }));
}

/** Every citation of the same text in the corpus and the open drafts, and the text itself. */
export function getReferences(
  doc: DraftDocument,
  offset: number,
  corpus: CorpusIndex,
  includeDeclaration: boolean,
): Location[] {
  const citation = citationAt(doc, offset);
  if (!citation) return [];
  const entry = corpus.lookup(citation.symbol);
  return [...(includeDeclaration ? entry.definitions : []), ...entry.citations].map((c) => ({
    uri: c.uri,
    range: c.range,
  }));
}

export interface CorpusSymbol {
  readonly name: string;
  readonly detail: string;
  readonly location: Location;
}

/**
 * Finds resolutions by number ("61/49", "3369") or by words of their title. The title is part of the name
 * ("A/RES/63/114 Cooperation between …"): editors filter workspace symbols on their names.
 */
export function getWorkspaceSymbols(query: string, corpus: CorpusIndex, limit = 200): CorpusSymbol[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out: CorpusSymbol[] = [];
  for (const symbol of corpus.symbols()) {
    const entry = corpus.lookup(symbol);
    const title = entry.definitions[0]?.title ?? '';
    const haystack = `${symbol} ${title}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) continue;
    const at = entry.definitions[0] ?? entry.citations[0];
    if (!at) continue;
    const count = new Set(entry.citations.map((c) => c.uri)).size;
    out.push({
      name: oneLine(title ? `${symbol} ${title}` : symbol),
      detail: `cited in ${count} document${count === 1 ? '' : 's'}`,
      location: {
        uri: at.uri,
        range:
          corpus.document(at.uri)?.titleRange && entry.definitions[0] ? corpus.document(at.uri)!.titleRange! : at.range,
      },
    });
    if (out.length >= limit) break;
  }
  return out;
}
