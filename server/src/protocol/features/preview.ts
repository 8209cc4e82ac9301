import * as path from 'path';
import type { TextDocumentIdentifier } from 'vscode-languageserver/node';
import type { FeatureRegistration } from '../context';
import { rangeIn } from '../convert';
import {
  PREVIEW_REQUEST,
  RICH_TEXT_REQUEST,
  SUMMARY_REQUEST,
  type PreviewAnswer,
  type RichTextAnswer,
  type SummaryAnswer,
} from '../shared';

/** The views beside the text: the formatted preview, the rich-text copy, the status bar's summary. */
export const registerPreview: FeatureRegistration = ({ connection, documents, drafts, settings, service }) => {
  // The client asks again on each pause in typing and on each switch of editor: one check run per version.
  const summaries = new WeakMap<object, { checks: object; answer: SummaryAnswer }>();
  const draftOf = (params: { textDocument: TextDocumentIdentifier }) => {
    const document = documents.get(params.textDocument?.uri);
    return document && drafts.draft(document);
  };
  connection.onRequest(PREVIEW_REQUEST, (params: { textDocument: TextDocumentIdentifier }): PreviewAnswer | null => {
    const draft = draftOf(params);
    return draft ? { html: service.preview(draft, path.posix.basename(draft.uri)) } : null;
  });
  connection.onRequest(RICH_TEXT_REQUEST, (params: { textDocument: TextDocumentIdentifier }): RichTextAnswer | null => {
    const draft = draftOf(params);
    return draft ? service.richText(draft) : null;
  });
  connection.onRequest(SUMMARY_REQUEST, (params: { textDocument: TextDocumentIdentifier }): SummaryAnswer | null => {
    const draft = draftOf(params);
    if (!draft) return null;
    const cached = summaries.get(draft.doc);
    if (cached?.checks === settings.value.checks) return cached.answer;
    const summary = service.summary(draft, service.diagnostics(draft, settings.value.checks));
    const tooltip =
      `${summary.errors} errors, ${summary.warnings} warnings` +
      (summary.firstProblem ? ` — click to go to the first: ${summary.firstProblem.message}` : '');
    const first = summary.firstProblem;
    const firstProblem = first && { range: rangeIn(draft, first.span), message: first.message };
    const answer = {
      text: summary.text,
      tooltip,
      firstProblem,
      language: draft.doc.language ?? 'en',
      languageForced: settings.languageOf(draft.uri) !== undefined,
    };
    summaries.set(draft.doc, { checks: settings.value.checks, answer });
    return answer;
  });
  return {};
};
