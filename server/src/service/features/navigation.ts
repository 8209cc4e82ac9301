import { citationAt } from '../citations/citationsOf';
import { Catalogue, EMPTY_CATALOGUE } from '../corpus/catalogue';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { DraftDocument } from '../model/document';
import { Cancellation, neverCancelled, Range } from '../types';
import { oneLine } from './displayText';
import { officialPage } from './documentLinks';

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Go to definition: the corpus documents that are the cited text, by their own title line or by the UN's
 * metadata (an AKN file of a Council resolution, whose title line is no definition). Where the corpus lacks the
 * text, nothing: a citation of it (perhaps the drafter's own) is no definition, and the editor says none was found.
 */
export function getDefinition(doc: DraftDocument, offset: number, corpus: CorpusIndex): Location[] {
  const citation = citationAt(doc, offset);
  if (!citation) return [];
  const entry = corpus.lookup(citation.symbol);
  const texts = new Set([
    ...entry.definitions.map((d) => d.uri),
    ...(corpus.metadata.about(citation.symbol)?.texts ?? []).map((t) => t.uri).filter((uri) => corpus.document(uri)),
  ]);
  return [...texts].map((uri) => ({
    uri,
    range: corpus.document(uri)?.titleRange ?? entry.definitions.find((d) => d.uri === uri)?.range ?? START,
  }));
}

/**
 * Every citation of the same text in the corpus and the open drafts, and the text itself; nothing once `token`
 * is cancelled (a much-cited resolution has tens of thousands).
 */
export function getReferences(
  doc: DraftDocument,
  offset: number,
  corpus: CorpusIndex,
  includeDeclaration: boolean,
  token: Cancellation = neverCancelled,
): Location[] {
  const citation = citationAt(doc, offset);
  if (!citation) return [];
  const entry = corpus.lookup(citation.symbol);
  const out: Location[] = [];
  for (const c of [...(includeDeclaration ? entry.definitions : []), ...entry.citations]) {
    if (token.isCancellationRequested) return [];
    out.push({ uri: c.uri, range: c.range });
  }
  return out;
}

/** Workspace symbols answered at most: the editor filters them as the drafter types. */
const MAX_SYMBOLS = 200;

export interface CorpusSymbol {
  readonly name: string;
  readonly detail: string;
  readonly location: Location;
}

/**
 * Finds resolutions by number ("61/49", "3369") or by words of their title. The title is part of the name
 * ("A/RES/63/114 Cooperation between …"): editors filter workspace symbols on their names. The corpus's first,
 * at their text or a citation; then the catalogue's that no corpus file holds or cites, at their official page
 * (there is no text to go to; VS Code opens an http(s) symbol location in the browser). Nothing once `token` is
 * cancelled: the search reads every symbol of the corpus.
 */
export function getWorkspaceSymbols(
  query: string,
  corpus: CorpusIndex,
  catalogue: Catalogue = EMPTY_CATALOGUE,
  token: Cancellation = neverCancelled,
): CorpusSymbol[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (symbol: string, title: string): boolean =>
    words.every((w) => `${symbol} ${title}`.toLowerCase().includes(w));
  const out: CorpusSymbol[] = [];
  for (const symbol of corpus.symbols()) {
    if (token.isCancellationRequested) return [];
    const summary = corpus.summary(symbol, 1);
    // A resolution the corpus only cites: found by the catalogue's title.
    const title = summary.definition?.title ?? catalogue.about(symbol)?.record.title ?? '';
    if (!matches(symbol, title)) continue;
    const at = summary.definition ?? summary.citing[0];
    if (!at) continue;
    const count = summary.citingDocuments;
    out.push({
      name: oneLine(title ? `${symbol} ${title}` : symbol),
      detail: `cited in ${count} document${count === 1 ? '' : 's'}`,
      location: {
        uri: at.uri,
        range:
          corpus.document(at.uri)?.titleRange && summary.definition ? corpus.document(at.uri)!.titleRange! : at.range,
      },
    });
    if (out.length >= MAX_SYMBOLS) return out;
  }
  for (const symbol of catalogue.symbols()) {
    if (token.isCancellationRequested) return [];
    const title = catalogue.about(symbol)!.record.title ?? '';
    if (!matches(symbol, title)) continue;
    const summary = corpus.summary(symbol, 0);
    if (summary.definition || summary.citingDocuments > 0 || corpus.metadata.about(symbol)?.texts.length) continue;
    out.push({
      name: oneLine(title ? `${symbol} ${title}` : symbol),
      detail: 'from the catalogue; text not in your corpus',
      location: { uri: officialPage(catalogue.about(symbol)!.record.symbol), range: START },
    });
    if (out.length >= MAX_SYMBOLS) break;
  }
  return out;
}
