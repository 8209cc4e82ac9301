import { SaxesParser } from 'saxes';
import { canonicalSymbol, DocumentMetadata } from '../../service/corpus/metadata';
import { readAkn } from './aknDocument';
import { CLEAN_STYLE, writeDocument } from './aknText';
import { CorpusReader, hasExtension, UnreadableFile, utf8Text } from './reader';

const EXTENSIONS = ['.xml', '.akn'];

/** The name of the first element of an XML head, read by the XML parser itself; undefined if there is none yet. */
function rootName(head: Uint8Array): string | undefined {
  const parser = new SaxesParser();
  let name: string | undefined;
  parser.on('opentag', (tag) => (name ??= tag.name));
  parser.on('error', () => undefined);
  try {
    parser.write(new TextDecoder('utf-8').decode(head));
  } catch {
    // a head cut mid-character or mid-tag: what was read before it stands
  }
  return name;
}

/**
 * AKN4UN files (the UNxml repositories): structure, numbers, points and footnotes from the markup,
 * written out as a clean communiqué text; symbol, organ, language and dates from the FRBR
 * identification, the title and the adoption meeting from the text's own elements.
 */
export const akomaNtosoReader: CorpusReader = {
  accepts: (file, head) =>
    hasExtension(file, EXTENSIONS) && (head === undefined || rootName(head)?.replace(/^.*:/, '') === 'akomaNtoso'),
  read(bytes) {
    let doc;
    try {
      doc = readAkn(utf8Text(bytes).text);
    } catch (error) {
      throw new UnreadableFile(`is not a readable Akoma Ntoso file (${(error as Error).message.split('\n')[0]})`);
    }
    const { writer } = writeDocument(doc, CLEAN_STYLE, false, true);
    if (!doc.symbol) return { text: `${writer.text}\n` };
    const meeting = doc.closing.find((line) => /\bmeeting$/.test(line));
    const metadata: DocumentMetadata = {
      ...canonicalSymbol(doc.symbol),
      organ: doc.organ,
      language: doc.language || undefined,
      title: doc.title?.text || undefined,
      adopted: doc.adopted,
      meeting,
    };
    return { text: `${writer.text}\n`, metadata: [metadata] };
  },
};
