import { readWord } from '../word/readWord';
import { WordFileError } from '../word/wordXml';
import { CorpusReader, hasExtension, UnreadableFile } from './reader';

const EXTENSIONS = ['.docx'];

/** Word files from delegations, read as "Import from Word" reads them, tracked changes accepted. */
export const wordReader: CorpusReader = {
  accepts: (file) => hasExtension(file, EXTENSIONS),
  async read(bytes) {
    try {
      return { text: await readWord(bytes) };
    } catch (error) {
      if (error instanceof WordFileError) throw new UnreadableFile(`is ${error.message}`);
      throw new UnreadableFile(`is not a readable Word file (${(error as Error).message.split('\n')[0]})`);
    }
  },
};
