import { citationAt } from '../citations/citationsOf';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { DraftDocument } from '../model/document';
import type { Range } from '../types';
import { oneLine } from './displayText';

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Go to definition: the corpus documents that are the cited text (their title line), by their
 * own title line or by the UN's metadata (an AKN file of a Council resolution, whose title line
 * is no definition); failing that, the fullest citation of it (one with a full date).
 */
export function getDefinition(doc: DraftDocument, offset: number, corpus: CorpusIndex): Location[] {
  const citation = citationAt(doc, offset);
  if (!citation) return [];
  const entry = corpus.lookup(citation.symbol);
  const texts = new Set([
    ...entry.definitions.map((d) => d.uri),
    ...(corpus.metadata.about(citation.symbol)?.texts ?? []).map((t) => t.uri).filter((uri) => corpus.document(uri)),
  ]);
  if (texts.size > 0) {
    return [...texts].map((uri) => ({
      uri,
      range: corpus.document(uri)?.titleRange ?? entry.definitions.find((d) => d.uri === uri)?.range ?? START,
    }));
  }
  const fullest = [...entry.citations].sort(
    (a, b) => Number(Boolean(b.citedDate?.year)) - Number(Boolean(a.citedDate?.year)),
  )[0];
  return fullest ? [{ uri: fullest.uri, range: fullest.range }] : [];
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

/** Finds resolutions by number ("61/49", "3369") or by words of their title. */
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
      name: oneLine(symbol),
      detail: title ? oneLine(title) : `cited in ${count} document${count === 1 ? '' : 's'}`,
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
