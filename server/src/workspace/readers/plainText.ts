import { textMapOf } from '../textMap';
import { CorpusReader, hasExtension, utf8Text } from './reader';

const EXTENSIONS = ['.communique', '.resolution', '.txt'];

/** Byte-order marks the text dropped: the decoder's, and a second one utf8Text drops. */
function leadingMarks(bytes: Uint8Array): number {
  const markAt = (at: number): boolean => bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  return markAt(0) ? (markAt(3) ? 2 : 1) : 0;
}

/** Drafts as text. Invalid UTF-8 is read with replacement characters, with a note. */
export const plainTextReader: CorpusReader = {
  accepts: (file) => hasExtension(file, EXTENSIONS),
  read(bytes) {
    const { text, valid } = utf8Text(bytes);
    if (!valid) return { text, note: 'is not valid UTF-8; read with replacement characters' };
    const textMap = textMapOf(text, bytes, 3 * leadingMarks(bytes));
    // Mapped only when the map counts the text's every unit and byte: the text is the bytes after the BOM, decoded.
    const whole = textMap[textMap.length - 3] === text.length && textMap[textMap.length - 2] === bytes.length;
    return whole ? { text, textMap } : { text };
  },
};
