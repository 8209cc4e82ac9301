import { parseDraft } from '../../service/model/parser';
import { toWord } from '../../service/features/wordExport';
import { toWordWithChanges } from '../../service/features/wordChanges';
import { readWord } from '../../workspace/word/readWord';
import { WordFileError } from '../../workspace/word/wordXml';
import type { FeatureRegistration } from '../context';
import {
  WORD_EXPORT_REQUEST,
  WORD_IMPORT_REQUEST,
  type WordExportAnswer,
  type WordExportParams,
  type WordImportParams,
  type WordImportResult,
} from '../shared';

/** *Export to Word* and *Import from Word*. */
export const registerWord: FeatureRegistration = ({ connection, documents, drafts }) => {
  connection.onRequest(WORD_EXPORT_REQUEST, async (params: WordExportParams): Promise<WordExportAnswer | null> => {
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
