import { citationsOf } from '../citations/citationsOf';
import { citedSymbol } from '../citations/recognise';
import type { DraftDocument } from '../model/document';
import type { Span } from '../types';

export interface DocumentLink {
  readonly span: Span;
  /** Always https://docs.un.org/en/…, the symbol percent-encoded part by part. */
  readonly target: string;
}

/** A UN document's official page: https://docs.un.org/en/A/RES/75/101%20A-B. */
export function officialPage(symbol: string): string {
  return `https://docs.un.org/en/${symbol.split('/').map(encodeURIComponent).join('/')}`;
}

/** A UN document symbol, as the Official Document System files it: letters, digits and . - ( ) apart by "/". */
const UN_SYMBOL = /^[A-Z][A-Z0-9.-]{0,15}(?:\/[A-Za-z0-9.()-]{1,24}(?: [A-Z]{1,2}| \([A-Z0-9]{1,8}\))?){1,7}$/;

/**
 * A link to its official page on every citation of a UN document in the draft: resolutions of the
 * General Assembly and the Council, other organs' resolutions the UN issues, documents such as A/63/228.
 * Texts the UN does not issue (an OIC resolution) have none.
 */
export function getDocumentLinks(doc: DraftDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const c of citationsOf(doc)) {
    if (c.body === 'OIC') continue;
    const symbol = citedSymbol(c);
    if (!UN_SYMBOL.test(symbol)) continue;
    links.push({ span: c.span, target: officialPage(symbol) });
  }
  return links;
}
