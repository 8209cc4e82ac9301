import { textMapOf } from '../textMap';
import { CorpusReader, hasExtension, utf8Text } from './reader';

const EXTENSIONS = ['.communique', '.resolution', '.txt'];

/** Drafts as text. Invalid UTF-8 is read with replacement characters, with a note. */
export const plainTextReader: CorpusReader = {
  accepts: (file) => hasExtension(file, EXTENSIONS),
  read(bytes) {
    const { text, valid } = utf8Text(bytes);
    if (!valid) return { text, note: 'is not valid UTF-8; read with replacement characters' };
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const textMap = textMapOf(bytes, bom);
    // Mapped only when the map counts the text's every unit: the text is the bytes after the BOM, decoded.
    return textMap[textMap.length - 3] === text.length ? { text, textMap } : { text };
  },
};
