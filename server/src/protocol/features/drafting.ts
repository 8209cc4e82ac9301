import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Draft, DraftingStyle, SpanEdit } from '../../service';
import { CommandTarget, targetOf } from '../commandTarget';
import type { FeatureRegistration } from '../context';
import { offsetIn, positionAfter, versionedEdit } from '../convert';
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
    draft: Draft,
    label: string,
    edits: readonly SpanEdit[] | undefined,
    nothing: string,
  ): Promise<DraftingCommandResult> => {
    if (!edits || edits.length === 0) return { applied: false, message: nothing };
    const result = await connection.workspace.applyEdit({ label, edit: versionedEdit(document, draft, edits) });
    return {
      applied: result.applied,
      message: result.applied ? undefined : 'The draft changed meanwhile: run the command again.',
    };
  };

  for (const direction of ['up', 'down'] as const) {
    command(
      direction === 'up' ? SERVER_COMMANDS.moveParagraphUp : SERVER_COMMANDS.moveParagraphDown,
      async (document, target) => {
        const draft = drafts.draft(document);
        const move = service.moveParagraph(draft, offsetOf(draft, target), direction);
        const result = await apply(
          document,
          draft,
          `Move paragraph ${direction}`,
          move?.edits,
          `There is no paragraph ${direction === 'up' ? 'above' : 'below'} this one in the same part to swap with.`,
        );
        return result.applied && move ? { ...result, cursor: cursorAfter(document, draft, move) } : result;
      },
    );
  }

  command(SERVER_COMMANDS.insertOperativeParagraph, async (document, target) => {
    const draft = drafts.draft(document);
    const insertion = service.insertOperativeParagraph(draft, offsetOf(draft, target));
    const result = await apply(
      document,
      draft,
      'Insert operative paragraph',
      insertion?.edits,
      'The draft has no operative part to add a paragraph to.',
    );
    return result.applied && insertion ? { ...result, cursor: cursorAfter(document, draft, insertion) } : result;
  });

  command(SERVER_COMMANDS.toggleItalics, (document) => {
    const draft = drafts.draft(document);
    return apply(
      document,
      draft,
      'Toggle italics of operative verbs',
      service.toggleItalics(draft),
      'The draft has no operative paragraph opening with a verb.',
    );
  });

  command(SERVER_COMMANDS.convertStyle, async (document, target) => {
    const draft = drafts.draft(document);
    const to = target.style ?? (service.style(draft) === 'un' ? 'oic' : 'un');
    const result = await apply(
      document,
      draft,
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

/** Where a command's cursor goes: its offset is in the text after its edits. */
function cursorAfter(
  document: TextDocument,
  draft: Draft,
  change: { edits: readonly SpanEdit[]; cursor: number },
): { uri: string; position: { line: number; character: number } } {
  return { uri: document.uri, position: positionAfter(draft, change.edits, change.cursor) };
}

/** Without a position (a client that sends only the URI) the command works at the start of the draft. */
function offsetOf(draft: Draft, target: CommandTarget): number {
  return target.position ? offsetIn(draft, target.position) : 0;
}
