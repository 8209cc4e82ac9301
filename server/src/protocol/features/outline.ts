import type { FeatureRegistration } from '../context';
import { toDocumentSymbol, toFoldingRange } from '../convert';
import { getDocumentSymbols, getFoldingRanges } from '../../service';

/** Outline (document symbols, hence breadcrumbs) and folding. */
export const registerOutline: FeatureRegistration = ({ connection, documents, drafts }) => {
  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? getDocumentSymbols(drafts.get(document)).map(toDocumentSymbol) : [];
  });
  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? getFoldingRanges(drafts.get(document)).map(toFoldingRange) : [];
  });
  return { documentSymbolProvider: { label: 'Communiqué' }, foldingRangeProvider: true };
};
