import type { DocumentSymbol } from 'vscode-languageserver/node';
import type { FeatureRegistration } from '../context';
import { toDocumentSymbol, toFoldingRange } from '../convert';
import type { DraftDocument } from '../../service';

/** Outline (document symbols, hence breadcrumbs) and folding. */
export const registerOutline: FeatureRegistration = ({ connection, documents, drafts, service }) => {
  // A draft is immutable: its outline is made once and goes with it (the outline view, the breadcrumbs and sticky scroll all ask).
  const outlines = new WeakMap<DraftDocument, DocumentSymbol[]>();
  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const draft = drafts.draft(document);
    let outline = outlines.get(draft.doc);
    if (!outline) outlines.set(draft.doc, (outline = service.outline(draft).map(toDocumentSymbol)));
    return outline;
  });
  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.folding(drafts.draft(document)).map(toFoldingRange) : [];
  });
  return { documentSymbolProvider: { label: 'Communiqué' }, foldingRangeProvider: true };
};
