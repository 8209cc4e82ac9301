import type { TextDocumentIdentifier } from 'vscode-languageserver/node';
import { parseDraft, toWord, toWordWithChanges } from '../../service';
import { readWord, TrackedChanges } from '../../workspace/word/readWord';
import { WordFileError } from '../../workspace/word/wordXml';
import type { FeatureRegistration } from '../context';

/** Requests for Word files; the bytes travel as base64, the client reads and writes the files. */
export const WORD_EXPORT_REQUEST = 'communique/wordExport';
export const WORD_IMPORT_REQUEST = 'communique/wordImport';

export interface WordExportParams {
  readonly textDocument: TextDocumentIdentifier;
  /** BASE's text: with it, every difference of the draft from it is a tracked change by `author`. */
  readonly base?: string;
  readonly author?: string;
}

export interface WordImportParams {
  /** The .docx file's bytes, base64. */
  readonly data: string;
  readonly changes?: TrackedChanges;
}

/** What an import answers: the communiqué text, or why the file could not be read. */
export type WordImportResult = { readonly text: string } | { readonly error: string };

/** *Export to Word* and *Import from Word*. */
export const registerWord: FeatureRegistration = ({ connection, documents, drafts }) => {
  connection.onRequest(WORD_EXPORT_REQUEST, async (params: WordExportParams) => {
    const document = documents.get(params.textDocument?.uri);
    if (!document) return null;
    const draft = drafts.get(document);
    const revision = {
      author: params.author?.trim() || 'Communiqué Drafter',
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    };
    const bytes =
      typeof params.base === 'string'
        ? await toWordWithChanges(parseDraft(params.base), draft, revision)
        : await toWord(draft);
    return { data: Buffer.from(bytes).toString('base64') };
  });

  connection.onRequest(WORD_IMPORT_REQUEST, async (params: WordImportParams): Promise<WordImportResult> => {
    try {
      return {
        text: await readWord(Buffer.from(params.data ?? '', 'base64'), {
          changes: params.changes === 'brackets' ? 'brackets' : 'accept',
        }),
      };
    } catch (error) {
      if (error instanceof WordFileError) return { error: error.message };
      throw error;
    }
  });
  return {};
};
