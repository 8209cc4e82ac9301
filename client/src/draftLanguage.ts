/** The draft's language: its status-bar item, the command that forces one, and the setting read per draft. */
import { ConfigurationTarget, StatusBarAlignment, StatusBarItem, Uri, window, workspace } from 'vscode';
import type { ConfigurationParams, Middleware } from 'vscode-languageclient/node';
import { LANGUAGE_NAMES, VIEW_COMMANDS, type SummaryAnswer } from '../../server/src/protocol/shared';

const NAMES: Readonly<Record<string, string>> = LANGUAGE_NAMES;

export function createLanguageItem(): StatusBarItem {
  const item = window.createStatusBarItem('communique.language', StatusBarAlignment.Left, 49);
  item.name = 'Communiqué: draft language';
  item.command = VIEW_COMMANDS.setLanguage;
  return item;
}

/** "Arabic" (found from the text) or "Arabic (set)" when `communique.language` forces it. */
export function showLanguage(item: StatusBarItem, answer: SummaryAnswer): void {
  const name = NAMES[answer.language] ?? answer.language;
  item.text = `$(globe) ${name}${answer.languageForced ? ' (set)' : ''}`;
  item.tooltip = answer.languageForced
    ? `The draft is read as ${name}, as communique.language says — click to change it`
    : `The draft is read as ${name}, found from its text — click to force a language`;
  item.show();
}

/** Asks which language drafts are in and writes `communique.language` under `[communique]`. */
export async function pickLanguage(): Promise<void> {
  const editor = window.activeTextEditor;
  const scope = editor ? { uri: editor.document.uri, languageId: 'communique' } : { languageId: 'communique' };
  const picked = await window.showQuickPick(
    [
      { label: 'Auto', description: 'found from each draft’s text', code: 'auto' },
      ...Object.entries(NAMES).map(([code, name]) => ({ label: name, description: code, code })),
    ],
    { placeHolder: 'Language of Communiqué drafts' },
  );
  if (!picked) return;
  const target = workspace.workspaceFolders?.length ? ConfigurationTarget.Workspace : ConfigurationTarget.Global;
  const value = picked.code === 'auto' ? undefined : picked.code;
  await workspace.getConfiguration('communique', scope).update('language', value, target, true);
}

/**
 * The server asks for a draft's own settings with its URI as scope; VS Code applies a `[communique]`
 * override only when told the language too, which the client library does not do.
 */
export const configurationWithLanguage: NonNullable<Middleware['workspace']>['configuration'] = async (
  params: ConfigurationParams,
  token,
  next,
) => {
  const answers = await next(params, token);
  if (!Array.isArray(answers)) return answers;
  return params.items.map((item, i) =>
    item.scopeUri && item.section
      ? (workspace
          .getConfiguration(undefined, { uri: Uri.parse(item.scopeUri), languageId: 'communique' })
          .get(item.section) ?? null)
      : answers[i],
  );
};
