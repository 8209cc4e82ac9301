import * as path from 'path';
import { TextDocumentIdentifier } from 'vscode-languageserver/node';
import { closestCorpusDocument, compareDrafts } from '../../service/features/compare';
import { comparisonHtml, comparisonText } from '../../service/features/compareReport';
import { parseDraft } from '../../service/model/parser';
import { rolloverDraft } from '../../service/features/rollover';
import type { FeatureRegistration } from '../context';
import { filePathOf } from '../../workspace/corpusFiles';
import {
  CLOSEST_DOCUMENT_REQUEST,
  COMPARE_REQUEST,
  ROLLOVER_REQUEST,
  type ClosestDocumentAnswer,
  type CompareParams,
  type ComparisonAnswer,
  type RolloverAnswer,
} from '../shared';

function nameOf(uri: string): string {
  const file = filePathOf(uri);
  // "untitled:Untitled-1" is named "Untitled-1".
  return file ? path.basename(file) : decodeURIComponent(uri.split(/[/:]/).pop() ?? uri);
}

/**
 * The negotiation round's requests: compare with another text (null when a text cannot be read), find
 * that text in the corpus (null when none shares wording), next year's draft.
 */
export const registerCompare: FeatureRegistration = ({ connection, documents, drafts, corpus, readText }) => {
  connection.onRequest(COMPARE_REQUEST, (params: CompareParams): ComparisonAnswer | null => {
    const document = documents.get(params.textDocument?.uri);
    const baseText = params.base?.uri ? readText(params.base.uri) : undefined;
    if (!document || baseText === undefined) return null;
    const base = parseDraft(baseText);
    const draft = drafts.get(document);
    const comparison = compareDrafts(base, draft);
    const names = { base: nameOf(params.base.uri), draft: nameOf(document.uri) };
    return {
      html: comparisonHtml(base, draft, comparison, names),
      text: comparisonText(base, draft, comparison),
      identical: comparison.identical,
    };
  });

  connection.onRequest(
    CLOSEST_DOCUMENT_REQUEST,
    (params: { textDocument: TextDocumentIdentifier }): ClosestDocumentAnswer | null => {
      const document = documents.get(params.textDocument?.uri);
      const uri = document && closestCorpusDocument(drafts.get(document), document.uri, corpus);
      return uri ? { uri, title: corpus.document(uri)?.title ?? nameOf(uri) } : null;
    },
  );

  connection.onRequest(ROLLOVER_REQUEST, (params: { textDocument: TextDocumentIdentifier }): RolloverAnswer | null => {
    const document = documents.get(params.textDocument?.uri);
    return document ? rolloverDraft(drafts.get(document)) : null;
  });
  return {};
};
