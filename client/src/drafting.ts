/** The drafter's command set in the editor: server commands get the cursor, answers reach the clipboard or a new editor. */
import { commands, Disposable, env, Position, Selection, Uri, ViewColumn, window, workspace } from 'vscode';
import type { Location as LspLocation, Position as LspPosition } from 'vscode-languageclient/node';
import type { ExecuteCommandSignature, LanguageClient } from 'vscode-languageclient/node';
import {
  AKOMA_NTOSO_REQUEST,
  CLEAN_TEXT_REQUEST,
  CLIENT_COMMANDS,
  DraftingCommandResult,
  DraftParams,
} from '../../server/src/protocol/shared';

/**
 * From the palette, a menu or a key, a server command gets no arguments: it is given the draft
 * and the cursor of the active editor. What it answers is shown, and the cursor goes where it says.
 */
export async function executeServerCommand(
  command: string,
  args: unknown[],
  next: ExecuteCommandSignature,
): Promise<unknown> {
  const editor = window.activeTextEditor;
  const target =
    args.length > 0 || !editor
      ? args
      : [
          {
            uri: editor.document.uri.toString(),
            position: { line: editor.selection.active.line, character: editor.selection.active.character },
          },
        ];
  const result = (await next(command, target)) as DraftingCommandResult | undefined;
  if (result?.message) void window.showInformationMessage(result.message);
  const cursor = result?.cursor;
  if (cursor && editor && editor.document.uri.toString() === cursor.uri) {
    const position = new Position(cursor.position.line, cursor.position.character);
    editor.selection = new Selection(position, position);
    editor.revealRange(editor.selection);
  }
  return result;
}

/**
 * "Copy clean text" and "Export to Akoma Ntoso XML": the server computes, the client delivers. And the references
 * view for the server's code lens, whose LSP locations VS Code's own command takes only as its types.
 */
export function registerDraftingCommands(client: LanguageClient): Disposable {
  const activeDraft = (): { uri: string } | undefined => {
    const editor = window.activeTextEditor;
    if (editor?.document.languageId === 'communique') return { uri: editor.document.uri.toString() };
    void window.showInformationMessage('Open a draft in the editor first.');
    return undefined;
  };
  return Disposable.from(
    commands.registerCommand(
      CLIENT_COMMANDS.showReferences,
      (uri: string, position: LspPosition, locations: LspLocation[]) =>
        commands.executeCommand(
          'editor.action.showReferences',
          Uri.parse(uri),
          client.protocol2CodeConverter.asPosition(position),
          locations.map((l) => client.protocol2CodeConverter.asLocation(l)),
        ),
    ),
    commands.registerCommand(CLIENT_COMMANDS.copyCleanText, async () => {
      const textDocument = activeDraft();
      if (!textDocument) return;
      const answer = await client.sendRequest<{ text: string } | null>(CLEAN_TEXT_REQUEST, {
        textDocument,
      } satisfies DraftParams);
      if (!answer) return;
      await env.clipboard.writeText(answer.text);
      window.setStatusBarMessage('Clean text of the draft copied to the clipboard.', 5000);
    }),
    commands.registerCommand(CLIENT_COMMANDS.exportAkomaNtoso, async () => {
      const textDocument = activeDraft();
      if (!textDocument) return;
      const answer = await client.sendRequest<{ xml: string } | null>(AKOMA_NTOSO_REQUEST, {
        textDocument,
      } satisfies DraftParams);
      if (!answer) return;
      // An unsaved XML editor beside the draft, titled after it (not after its first line of XML): the drafter
      // decides where it is saved.
      const draftName = Uri.parse(textDocument.uri)
        .path.split('/')
        .pop()!
        .replace(/\.[^.]*$/, '');
      const xml = await workspace.openTextDocument(Uri.from({ scheme: 'untitled', path: `${draftName}.akn.xml` }));
      const editor = await window.showTextDocument(xml, { preview: false, viewColumn: ViewColumn.Beside });
      await editor.edit((edit) => edit.insert(new Position(0, 0), answer.xml));
    }),
  );
}
