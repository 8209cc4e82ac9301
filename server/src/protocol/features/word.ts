import type { TextDocumentIdentifier } from 'vscode-languageserver/node';
import { toWord } from '../../service';
import { readWord, TrackedChanges } from '../../workspace/word/readWord';
import { WordFileError } from '../../workspace/word/wordXml';
import type { FeatureRegistration } from '../context';

/** Requests for Word files; the bytes travel as base64, the client reads and writes the files. */
export const WORD_EXPORT_REQUEST = 'communique/wordExport';
export const WORD_IMPORT_REQUEST = 'communique/wordImport';

export interface WordImportParams {
  /** The .docx file's bytes, base64. */
  readonly data: string;
  readonly changes?: TrackedChanges;
}

/** What an import answers: the communiqué text, or why the file could not be read. */
export type WordImportResult = { readonly text: string } | { readonly error: string };

/** *Export to Word* and *Import from Word*. */
export const registerWord: FeatureRegistration = ({ connection, documents, drafts }) => {
  connection.onRequest(WORD_EXPORT_REQUEST, async (params: { textDocument: TextDocumentIdentifier }) => {
    const document = documents.get(params.textDocument?.uri);
    return document ? { data: Buffer.from(await toWord(drafts.get(document))).toString('base64') } : null;
  });

  connection.onRequest(WORD_IMPORT_REQUEST, async (params: WordImportParams): Promise<WordImportResult> => {
    try {
      return { text: await readWord(Buffer.from(params.data ?? '', 'base64'), { changes: params.changes === 'brackets' ? 'brackets' : 'accept' }) };
    } catch (error) {
      if (error instanceof WordFileError) return { error: error.message };
      throw error;
    }
  });
  return {};
};
