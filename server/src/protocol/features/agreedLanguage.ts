import { CodeActionKind, CodeActionTriggerKind } from 'vscode-languageserver/node';
import type { FeatureRegistration } from '../context';
import { cancelled, nextTurn, offsetIn, rangeIn, versionedEdit } from '../convert';
import { AGREED_LANGUAGE_REQUEST, AgreedLanguageAnswer, AgreedLanguageParams, CLIENT_COMMANDS } from '../shared';

/** Agreed language: the finder request, a hover on an opening phrase, and a code action on each paragraph. */
export const registerAgreedLanguage: FeatureRegistration = ({
  connection,
  documents,
  drafts,
  contributions,
  corpusLoads,
  service,
}) => {
  connection.onRequest(AGREED_LANGUAGE_REQUEST, async (params: AgreedLanguageParams, token) => {
    // Asked for once, not as the drafter types: worth waiting for the whole corpus, where "none" would be false.
    await Promise.race([corpusLoads.settled(), new Promise<void>((resolve) => token.onCancellationRequested(resolve))]);
    await nextTurn();
    const document = documents.get(params.textDocument?.uri);
    if (!document || !params.position) return null;
    const draft = drafts.draft(document);
    const result = service.agreedLanguage(draft, offsetIn(draft, params.position), undefined, token);
    if (token.isCancellationRequested) return cancelled('Find agreed language');
    if (!result) return null;
    const answer: AgreedLanguageAnswer = {
      range: rangeIn(draft, result.paragraph.span),
      matches: result.matches.map((match) => ({
        ...match,
        edit: versionedEdit(document, draft, service.agreedLanguageEdits(draft, result.paragraph, match)),
      })),
    };
    return answer;
  });

  // On a paragraph's opening phrase: whether the paragraph is already corpus language.
  contributions.hovers.push((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const draft = drafts.draft(document);
    const offset = offsetIn(draft, params.position);
    const opening = service.passageAt(draft, offset)?.opening;
    if (!opening || offset < opening.span.start || offset > opening.span.end) return null;
    const result = service.agreedLanguage(draft, offset, 1);
    const summary = result && service.agreedLanguageSummary(result);
    return summary ? { contents: { kind: 'markdown', value: summary }, range: rangeIn(draft, opening.span) } : null;
  });

  // A refactoring asked for (Ctrl+., the Refactor… menu), never a light bulb the editor shows on every paragraph.
  contributions.codeActions.push((params) => {
    const document = documents.get(params.textDocument.uri);
    const asked =
      params.context.triggerKind === CodeActionTriggerKind.Invoked ||
      params.context.only?.some((kind) => CodeActionKind.RefactorRewrite.startsWith(kind));
    if (!asked || !document) return [];
    const draft = drafts.draft(document);
    if (!service.passageAt(draft, offsetIn(draft, params.range.start))) return [];
    const target = { uri: document.uri, position: params.range.start };
    return [
      {
        title: 'Find agreed language for this paragraph',
        kind: CodeActionKind.RefactorRewrite,
        command: { title: 'Find agreed language', command: CLIENT_COMMANDS.findAgreedLanguage, arguments: [target] },
      },
    ];
  });
  return {};
};
