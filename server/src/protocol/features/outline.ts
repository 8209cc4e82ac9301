import type { DocumentSymbol } from 'vscode-languageserver/node';
import type { FeatureRegistration } from '../context';
import { toDocumentSymbol, toFoldingRange } from '../convert';
import { DraftDocument, getDocumentSymbols, getFoldingRanges } from '../../service';

/** Outline (document symbols, hence breadcrumbs) and folding. */
export const registerOutline: FeatureRegistration = ({ connection, documents, drafts }) => {
  // A draft is immutable: its outline is made once and goes with it (the outline view, the breadcrumbs and sticky scroll all ask).
  const outlines = new WeakMap<DraftDocument, DocumentSymbol[]>();
  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const draft = drafts.get(document);
    let outline = outlines.get(draft);
    if (!outline) outlines.set(draft, (outline = getDocumentSymbols(draft).map(toDocumentSymbol)));
    return outline;
  });
  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? getFoldingRanges(drafts.get(document)).map(toFoldingRange) : [];
  });
  return { documentSymbolProvider: { label: 'Communiqué' }, foldingRangeProvider: true };
};
