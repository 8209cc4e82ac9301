import type { DocumentSymbol } from 'vscode-languageserver/node';
import type { FeatureRegistration } from '../context';
import { toDocumentSymbol, toFoldingRange } from '../convert';
import type { DraftDocument, Span } from '../../service';
import { editedSpan } from '../../service/model/earlierParse';

/** Outline (document symbols, hence breadcrumbs) and folding. */
export const registerOutline: FeatureRegistration = ({ connection, documents, drafts, service }) => {
  // A draft is immutable: its outline is made once and goes with it (the outline view, the breadcrumbs and sticky scroll all ask).
  const outlines = new WeakMap<DraftDocument, DocumentSymbol[]>();
  // Per draft, the text last outlined and where it was last edited: a line being typed does not reshape the outline.
  const typing = new Map<string, { text: string; edited?: Span }>();
  const editedIn = (uri: string, text: string): Span | undefined => {
    const last = typing.get(uri);
    if (last?.text === text) return last.edited;
    const edited = last ? editedSpan(last.text, text) : undefined;
    typing.set(uri, { text, edited });
    return edited;
  };
  documents.onDidClose((event) => typing.delete(event.document.uri));
  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const draft = drafts.draft(document);
    let outline = outlines.get(draft.doc);
    if (!outline) {
      const edited = editedIn(document.uri, draft.doc.text);
      outlines.set(draft.doc, (outline = service.outline(draft, edited).map((s) => toDocumentSymbol(draft, s))));
    }
    return outline;
  });
  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.folding(drafts.draft(document)).map(toFoldingRange) : [];
  });
  return { documentSymbolProvider: { label: 'Communiqué' }, foldingRangeProvider: true };
};
