/** "Find agreed language": asks the server for corpus wording like the paragraph at the cursor and lets the drafter adopt one. */
import { commands, Disposable, QuickPickItem, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type * as lsp from 'vscode-languageclient/node';
import {
  AGREED_LANGUAGE_REQUEST,
  AgreedLanguageAnswer,
  AgreedLanguageMatchEntry as Match,
  AgreedLanguageParams,
  CLIENT_COMMANDS,
} from '../../server/src/protocol/shared';
import { quickPickText } from './quickPickText';

/** Code actions pass where the paragraph is; from the palette it is the cursor. */
interface Target {
  readonly uri: string;
  readonly position: lsp.Position;
}

export function registerAgreedLanguage(client: LanguageClient): Disposable {
  return commands.registerCommand(CLIENT_COMMANDS.findAgreedLanguage, async (target?: Target) => {
    const editor = window.activeTextEditor;
    const uri = target?.uri ?? editor?.document.uri.toString();
    const position =
      target?.position ?? (editor ? client.code2ProtocolConverter.asPosition(editor.selection.active) : undefined);
    if (!uri || !position) return;
    const result = await client.sendRequest<AgreedLanguageAnswer | null>(AGREED_LANGUAGE_REQUEST, {
      textDocument: { uri },
      position,
    } satisfies AgreedLanguageParams);
    if (!result) {
      void window.showInformationMessage('Put the cursor in a paragraph of the draft to find agreed language for it.');
      return;
    }
    if (result.matches.length === 0) {
      void window.showInformationMessage('No agreed language for this paragraph in the corpus.');
      return;
    }
    const items: (QuickPickItem & { match: Match })[] = result.matches.map((match) => ({
      label: `${match.identical ? 'identical' : `${Math.round(match.similarity * 100)}%`} — ${quickPickText(match.source)}`,
      description: quickPickText(match.place),
      detail: quickPickText(match.diffPlain),
      match,
    }));
    const picked = await window.showQuickPick(items, {
      placeHolder: "Agreed language: [-your words-] {+the corpus's words+}. Pick one to use its wording here.",
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return;
    const applied = await workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(picked.match.edit));
    if (!applied)
      void window.showWarningMessage('The draft changed while you were choosing: find agreed language again.');
  });
}
