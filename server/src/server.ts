/**
 * The language server: LSP glue over the language service. Speaks LSP over stdio
 * (`node dist/server.js --stdio`) or over IPC when started by the VS Code extension.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftCache } from './protocol/draftCache';
import { toDocumentSymbol, toFoldingRange } from './protocol/convert';
import { getDocumentSymbols, getFoldingRanges } from './service';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const drafts = new DraftCache();

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    documentSymbolProvider: { label: 'Communiqué' },
    foldingRangeProvider: true,
  },
  serverInfo: { name: 'communique-drafter' },
}));

documents.onDidClose((event) => drafts.forget(event.document.uri));

connection.onDocumentSymbol((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? getDocumentSymbols(drafts.get(document)).map(toDocumentSymbol) : [];
});

connection.onFoldingRanges((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? getFoldingRanges(drafts.get(document)).map(toFoldingRange) : [];
});

documents.listen(connection);
connection.listen();
