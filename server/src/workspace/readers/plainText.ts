import { CorpusReader, hasExtension, utf8Text } from './reader';

const EXTENSIONS = ['.communique', '.resolution', '.txt'];

/** Drafts as text. Invalid UTF-8 is read with replacement characters, with a note. */
export const plainTextReader: CorpusReader = {
  accepts: (file) => hasExtension(file, EXTENSIONS),
  read(bytes) {
    const { text, valid } = utf8Text(bytes);
    return { text, note: valid ? undefined : 'is not valid UTF-8; read with replacement characters' };
  },
};
