import { akomaNtosoReader } from './akomaNtoso';
import { dataExtractReader } from './dataExtract';
import { htmlReader } from './html';
import { pdfReader } from './pdf';
import { plainTextReader } from './plainText';
import type { CorpusReader } from './reader';
import { wordReader } from './word';

export type { CorpusReader, ReadDocument } from './reader';
export { UnreadableFile } from './reader';

/** Every corpus format, in the order they are asked whether they read a file. */
export const READERS: readonly CorpusReader[] = [
  plainTextReader,
  akomaNtosoReader,
  dataExtractReader,
  wordReader,
  pdfReader,
  htmlReader,
];

/** Files some reader may read, by name: what the corpus walk lists and the file watcher passes on. */
export function mayBeCorpusFile(file: string): boolean {
  return READERS.some((r) => r.accepts(file));
}

/** The reader for a file, by its name and first bytes; undefined if none reads it. */
export function readerFor(file: string, head: Uint8Array): CorpusReader | undefined {
  return READERS.find((r) => r.accepts(file, head));
}
