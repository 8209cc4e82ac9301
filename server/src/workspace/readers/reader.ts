/**
 * One reader per corpus file format. A reader turns a file's bytes into the communiqué text the
 * corpus indexes and the metadata the file carries; the loader picks the reader by the file's name
 * and first bytes. Adding a format is adding a reader to READERS (see index.ts).
 */
import type { DocumentMetadata } from '../../service/corpus/metadata';

export interface ReadDocument {
  /** The text indexed and quoted; absent for a file of records only (data_extract JSON). */
  readonly text?: string;
  readonly metadata?: readonly DocumentMetadata[];
  /** Where the text's lines start in the file's bytes, when the text is those bytes decoded (see textMap.ts). */
  readonly textMap?: Int32Array;
  /** Something to tell the user about a file that was read all the same ("read with replacement characters"). */
  readonly note?: string;
}

/** A file this reader cannot read, with why, said of the file: "is not well-formed XML (…)". */
export class UnreadableFile extends Error {}

export interface CorpusReader {
  /**
   * Whether it reads this file, told by its name and first bytes (XML that is not AKN is not an AKN
   * file); without the bytes, whether it may, by the name alone.
   */
  accepts(file: string, head?: Uint8Array): boolean;
  /** Sync where the format allows (hovers read texts synchronously), else a promise; UnreadableFile on a bad file. */
  read(bytes: Uint8Array, file: string): ReadDocument | Promise<ReadDocument>;
}

/** The bytes as UTF-8 text (a BOM dropped); UnreadableFile when there is a NUL byte (a binary file). */
export function utf8Text(bytes: Uint8Array): { text: string; valid: boolean } {
  if (bytes.subarray(0, 8192).includes(0)) throw new UnreadableFile('is binary');
  let text: string;
  let valid = true;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    valid = false;
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, valid };
}

export function hasExtension(file: string, extensions: readonly string[]): boolean {
  const lower = file.toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}
