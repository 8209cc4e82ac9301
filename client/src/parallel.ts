/**
 * *Compare language versions*: the draft beside another language version of it, and each place where
 * they do not correspond in a quick pick. Moving through the list shows the paragraph in the draft
 * and, for a text file, in the other version beside it, as a translator checks them side by side.
 */
import {
  commands,
  Disposable,
  QuickPickItem,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  window,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  PARALLEL_REQUEST,
  type ParallelAnswer,
  type ParallelFindingAnswer,
  type ParallelParams,
} from '../../server/src/protocol/shared';

type Place = ParallelFindingAnswer['range'];

async function reveal(uri: Uri, range: Place, column: ViewColumn, preserveFocus: boolean): Promise<void> {
  if (!range) return;
  const editor = await window.showTextDocument(uri, { viewColumn: column, preserveFocus, preview: true });
  const start = new Range(range.start.line, range.start.character, range.end.line, range.end.character).start;
  editor.selection = new Selection(start, start);
  editor.revealRange(new Range(start, start), TextEditorRevealType.InCenter);
}

export function registerParallel(client: LanguageClient): Disposable {
  return commands.registerCommand('communique.compareLanguageVersions', async (otherArg?: Uri) => {
    const editor = window.activeTextEditor;
    if (editor?.document.languageId !== 'communique') {
      void window.showInformationMessage('Open a draft in the editor first.');
      return;
    }
    const draft = editor.document.uri;
    const column = editor.viewColumn ?? ViewColumn.One;
    const other =
      otherArg ??
      (await window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare with this language version' }))?.[0];
    if (!other) return;
    const params: ParallelParams = { textDocument: { uri: draft.toString() }, other: { uri: other.toString() } };
    const answer = await client.sendRequest<ParallelAnswer | null>(PARALLEL_REQUEST, params);
    if (!answer) {
      void window.showWarningMessage(`${other.fsPath} cannot be read.`);
      return;
    }
    const { draft: ours, other: theirs } = answer.names;
    if (answer.findings.length === 0) {
      void window.showInformationMessage(
        `No finding: ${ours} and ${theirs} correspond paragraph by paragraph (${answer.paired} paragraphs paired).`,
      );
      return;
    }
    const items: (QuickPickItem & { finding: ParallelFindingAnswer })[] = answer.findings.map((finding) => ({
      label: finding.message[0].toUpperCase() + finding.message.slice(1),
      description: finding.range ? `line ${finding.range.start.line + 1}` : undefined,
      detail: [finding.place, finding.otherPlace && `${theirs}: ${finding.otherPlace}`].filter(Boolean).join(' · '),
      finding,
    }));
    const show = async (finding: ParallelFindingAnswer, preserveFocus: boolean): Promise<void> => {
      await reveal(other, finding.otherRange, ViewColumn.Beside, true);
      await reveal(draft, finding.range, column, preserveFocus);
    };
    const picked = await window.showQuickPick(items, {
      placeHolder: `${answer.findings.length} places where ${ours} and ${theirs} do not correspond`,
      matchOnDetail: true,
      onDidSelectItem: (item) => void show((item as (typeof items)[number]).finding, true),
    });
    if (picked) await show(picked.finding, false);
  });
}
