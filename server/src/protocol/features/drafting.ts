import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../../service/features/renumber';
import { DraftingStyle, TextEditData } from '../../service';
import { LineIndex } from '../../service/model/lineIndex';
import { CommandTarget, targetOf } from '../commandTarget';
import type { FeatureRegistration } from '../context';
import { versionedEdit } from '../convert';
import {
  AKOMA_NTOSO_REQUEST,
  CLEAN_TEXT_REQUEST,
  DraftingCommandResult,
  DraftParams,
  SERVER_COMMANDS,
} from '../shared';

const STYLE_NAMES: Record<DraftingStyle, string> = { un: 'UN resolution style', oic: 'OIC communiqué style' };

/** The drafter's command set: move and insert paragraphs, italics, punctuation style, clean text and Akoma Ntoso. */
export const registerDrafting: FeatureRegistration = (context) => {
  const { connection, documents, drafts, contributions, service } = context;

  const command = (
    name: string,
    run: (document: TextDocument, target: CommandTarget) => Promise<DraftingCommandResult>,
  ): void => {
    contributions.commands.set(name, (args) => {
      const target = targetOf(args[0]);
      const document = target.uri ? documents.get(target.uri) : undefined;
      if (!document) throw new Error('Open a draft first: this command works on the draft in the editor.');
      return run(document, target);
    });
  };

  const apply = async (
    document: TextDocument,
    label: string,
    edits: readonly TextEditData[] | undefined,
    nothing: string,
  ): Promise<DraftingCommandResult> => {
    if (!edits || edits.length === 0) return { applied: false, message: nothing };
    const result = await connection.workspace.applyEdit({ label, edit: versionedEdit(document, edits) });
    return {
      applied: result.applied,
      message: result.applied ? undefined : 'The draft changed meanwhile: run the command again.',
    };
  };

  for (const direction of ['up', 'down'] as const) {
    command(
      direction === 'up' ? SERVER_COMMANDS.moveParagraphUp : SERVER_COMMANDS.moveParagraphDown,
      (document, target) => {
        const edits = service.moveParagraph(drafts.draft(document), offsetOf(document, target), direction);
        return apply(
          document,
          `Move paragraph ${direction}`,
          edits,
          `There is no paragraph ${direction === 'up' ? 'above' : 'below'} this one in the same part to swap with.`,
        );
      },
    );
  }

  command(SERVER_COMMANDS.insertOperativeParagraph, async (document, target) => {
    const draft = drafts.draft(document);
    const insertion = service.insertOperativeParagraph(draft, offsetOf(document, target));
    const result = await apply(
      document,
      'Insert operative paragraph',
      insertion?.edits,
      'The draft has no operative part to add a paragraph to.',
    );
    if (!result.applied || !insertion) return result;
    // The cursor offset is in the text after the edit: positions are counted in that text.
    const position = new LineIndex(applyEdits(draft.doc, insertion.edits)).positionAt(insertion.cursor);
    return { ...result, cursor: { uri: document.uri, position } };
  });

  command(SERVER_COMMANDS.toggleItalics, (document) =>
    apply(
      document,
      'Toggle italics of operative verbs',
      service.toggleItalics(drafts.draft(document)),
      'The draft has no operative paragraph opening with a verb.',
    ),
  );

  command(SERVER_COMMANDS.convertStyle, async (document, target) => {
    const draft = drafts.draft(document);
    const to = target.style ?? (service.style(draft) === 'un' ? 'oic' : 'un');
    const result = await apply(
      document,
      `Convert to ${STYLE_NAMES[to]}`,
      service.convertStyle(draft, to),
      `The paragraph ends already follow ${STYLE_NAMES[to]}.`,
    );
    return result.applied ? { ...result, message: `Converted the paragraph ends to ${STYLE_NAMES[to]}.` } : result;
  });

  connection.onRequest(CLEAN_TEXT_REQUEST, (params: DraftParams) => {
    const document = documents.get(params.textDocument?.uri);
    return document ? { text: service.cleanText(drafts.draft(document)) } : null;
  });

  connection.onRequest(AKOMA_NTOSO_REQUEST, (params: DraftParams) => {
    const document = documents.get(params.textDocument?.uri);
    return document ? { xml: service.akomaNtoso(drafts.draft(document)) } : null;
  });
  return {};
};

/** Without a position (a client that sends only the URI) the command works at the start of the draft. */
function offsetOf(document: TextDocument, target: CommandTarget): number {
  return target.position ? document.offsetAt(target.position) : 0;
}
