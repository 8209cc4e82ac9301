/** "Find agreed language": asks the server for corpus wording like the paragraph at the cursor and lets the drafter adopt one. */
import { commands, Disposable, ProgressLocation, QuickPickItem, window, workspace } from 'vscode';
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

/** Below this share of the paragraph's wording a match is not its agreed language: most of its words differ. */
const USEFUL_SIMILARITY = 0.3;
/** A row's detail stays within one line of the list: a longer one is cut and shown again in a hover over the first row. */
const DETAIL_LENGTH = 110;

/**
 * The corpus's wording with the differences as marked words rather than `{+ +}` and `[- -]`: the corpus's
 * own words underlined, the draft's words it lacks struck through (combining marks every font draws).
 * Cut around the first difference so that the row needs no hover.
 */
export function markedDiff(diffPlain: string): string {
  const mark = (words: string, combining: string): string =>
    [...words].map((c) => (c === ' ' ? c : c + combining)).join('');
  const firstChange = diffPlain.search(/\{\+|\[-/);
  const from = Math.max(0, firstChange - 30);
  let text = diffPlain
    .slice(from)
    .replace(/\{\+([\s\S]*?)\+\}|\[-([\s\S]*?)-\]/g, (_, corpus?: string, draft?: string) =>
      corpus !== undefined ? mark(corpus, '\u0332') : mark(draft ?? '', '\u0336'),
    );
  if (from > 0) text = `…${text.slice(text.indexOf(' ') + 1)}`;
  const visible = [...text].filter((c) => c !== '\u0332' && c !== '\u0336').length;
  if (visible <= DETAIL_LENGTH) return text;
  // Cut after DETAIL_LENGTH visible characters, never between a letter and its mark.
  let seen = 0;
  let end = 0;
  for (const c of text) {
    if (c !== '\u0332' && c !== '\u0336' && ++seen > DETAIL_LENGTH) break;
    end += c.length;
  }
  return `${text.slice(0, end)}…`;
}

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
    // The server answers once the corpus has loaded: the status bar says meanwhile that the search runs.
    const result = await window.withProgress(
      { location: ProgressLocation.Window, title: 'Finding agreed language' },
      (): Promise<AgreedLanguageAnswer | null> =>
        client.sendRequest(AGREED_LANGUAGE_REQUEST, { textDocument: { uri }, position } satisfies AgreedLanguageParams),
    );
    if (!result) {
      void window.showInformationMessage('Put the cursor in a paragraph of the draft to find agreed language for it.');
      return;
    }
    const useful = result.matches.filter((m) => m.identical || m.similarity >= USEFUL_SIMILARITY);
    if (useful.length === 0) {
      const nearest = result.matches[0];
      void window.showInformationMessage(
        nearest
          ? `No agreed language for this paragraph in the corpus: the closest wording shares only ${Math.round(nearest.similarity * 100)}% of it.`
          : 'No agreed language for this paragraph in the corpus.',
      );
      return;
    }
    const items: (QuickPickItem & { match: Match })[] = useful.map((match) => ({
      label: `${match.identical ? 'identical' : `${Math.round(match.similarity * 100)}%`} — ${quickPickText(match.source)}`,
      description: quickPickText(match.place),
      detail: quickPickText(markedDiff(match.diffPlain)),
      match,
    }));
    const picked = await window.showQuickPick(items, {
      placeHolder: "Agreed language: the corpus's words underlined, yours struck out. Pick one to use its wording.",
      matchOnDescription: true,
    });
    if (!picked) return;
    const applied = await workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(picked.match.edit));
    if (!applied)
      void window.showWarningMessage('The draft changed while you were choosing: find agreed language again.');
  });
}
