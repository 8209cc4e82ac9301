/** The draft in one line in the status bar, "16 operative · numbering OK · 2 brackets open"; a click goes to the first problem. */
import {
  commands,
  Disposable,
  languages,
  Range,
  Selection,
  StatusBarAlignment,
  TextEditorRevealType,
  window,
  workspace,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, VIEW_COMMANDS, type SummaryAnswer } from '../../server/src/protocol/shared';
import { createLanguageItem, pickLanguage, showLanguage } from './draftLanguage';

/** Ask again after this pause in the diagnostics' updates. */
const REFRESH_MS = 200;

export function registerSummary(client: LanguageClient): Disposable {
  const item = window.createStatusBarItem('communique.summary', StatusBarAlignment.Left, 50);
  item.name = 'Communiqué: draft summary';
  item.command = VIEW_COMMANDS.goToFirstProblem;
  const language = createLanguageItem();
  const hide = (): void => {
    item.hide();
    language.hide();
  };
  let timer: NodeJS.Timeout | undefined;
  let last: { uri: string; answer: SummaryAnswer } | undefined;

  const refresh = async (): Promise<void> => {
    const editor = window.activeTextEditor;
    if (editor?.document.languageId !== 'communique') {
      hide();
      return;
    }
    const uri = editor.document.uri.toString();
    const answer = await client.sendRequest<SummaryAnswer | null>(SUMMARY_REQUEST, { textDocument: { uri } });
    if (window.activeTextEditor?.document.uri.toString() !== uri) return;
    if (!answer) {
      hide();
      return;
    }
    last = { uri, answer };
    item.text = `$(checklist) ${answer.text}`;
    item.tooltip = answer.tooltip;
    item.show();
    showLanguage(language, answer);
  };
  const schedule = (): void => {
    clearTimeout(timer);
    // A server that stopped answers nothing: the item goes, it comes back with the next answer.
    timer = setTimeout(() => void refresh().catch(hide), REFRESH_MS);
  };
  schedule();

  return Disposable.from(
    item,
    language,
    commands.registerCommand(VIEW_COMMANDS.setLanguage, pickLanguage),
    // A forced language changes the parse: the diagnostics follow, and so does the summary; this is for "auto".
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('communique.language')) schedule();
    }),
    { dispose: () => clearTimeout(timer) },
    window.onDidChangeActiveTextEditor(schedule),
    // The summary counts what the checks found: it follows their diagnostics.
    languages.onDidChangeDiagnostics((event) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((u) => u.toString() === active)) schedule();
    }),
    commands.registerCommand(VIEW_COMMANDS.goToFirstProblem, async () => {
      await refresh();
      const editor = window.activeTextEditor;
      const problem = last?.uri === editor?.document.uri.toString() ? last?.answer.firstProblem : undefined;
      if (!editor || !problem) {
        window.setStatusBarMessage('No problem to go to in this draft.', 3000);
        return;
      }
      const range = client.protocol2CodeConverter.asRange(problem.range);
      editor.selection = new Selection(range.start, range.end);
      editor.revealRange(new Range(range.start, range.end), TextEditorRevealType.InCenter);
      await window.showTextDocument(editor.document, editor.viewColumn);
      window.setStatusBarMessage(problem.message, 5000);
    }),
  );
}
