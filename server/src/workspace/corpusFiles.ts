import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { DocumentMetadata } from '../service/corpus/metadata';
import type { CorpusRoot, Warn } from './corpusPaths';
import { mayBeCorpusFile, ReadDocument, readerFor, UnreadableFile } from './readers';
import { FileError, FileStamp, Workspace } from './workspace';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** `communique.corpus.maxFiles`: a path pointed at a whole disk by mistake does not fill the memory. */
export const DEFAULT_MAX_FILES = 200_000;

function isWalked(name: string): boolean {
  return !name.startsWith('.') && name !== 'node_modules';
}

/** The draft files a load reads, and how many more the corpus paths hold beyond the limit. */
export interface CorpusListing {
  readonly files: readonly string[];
  readonly leftOut: number;
}

/**
 * The draft files under the given roots, each once, at most `maxFiles` of them in all (the rest are
 * counted, and said in a warning). The walk is asynchronous (a large tree does not hold up requests);
 * links found inside are not followed (no loops, nothing outside), hidden folders and node_modules are
 * passed over, a missing or unreadable folder is a warning.
 */
export async function listCorpusFiles(
  workspace: Workspace,
  roots: readonly CorpusRoot[],
  warn: Warn,
  maxFiles = DEFAULT_MAX_FILES,
): Promise<CorpusListing> {
  const files = new Set<string>();
  let leftOut = 0;
  for (const { pattern, base, matches } of roots) {
    const accept = (file: string): void => {
      if (!mayBeCorpusFile(file) || (matches && !matches(file)) || files.has(file)) return;
      if (files.size < maxFiles) files.add(file);
      else leftOut++;
    };
    const walk = async (folder: string): Promise<void> => {
      let entries;
      try {
        entries = await workspace.list(folder);
      } catch (error) {
        warn(`Corpus folder ${folder} ${(error as Error).message}; skipped.`);
        return;
      }
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const full = path.join(folder, entry.name);
        if (entry.kind === 'folder' && isWalked(entry.name)) await walk(full);
        else if (entry.kind === 'file') accept(full);
      }
    };
    const kind = workspace.stat(base)?.kind;
    // A path named in the settings may be a link (to a folder kept elsewhere); links found inside are not followed.
    if (kind === 'folder' || kind === 'link') await walk(base);
    else if (kind === 'file') accept(base);
    else if (kind === 'other') warn(`Corpus path ${pattern} is not a file or folder (a pipe or device?); skipped.`);
    else warn(`Corpus path ${pattern} does not exist; skipped.`);
  }
  if (leftOut > 0)
    warn(
      `The corpus paths hold ${leftOut} ${leftOut === 1 ? 'draft' : 'drafts'} more than communique.corpus.maxFiles ` +
        `(${maxFiles}) allows; ${leftOut === 1 ? 'it is' : 'they are'} not indexed.`,
    );
  return { files: [...files], leftOut };
}

/** A corpus file as read: its text (if it has one), its metadata, and the stamp of what was read. */
export interface CorpusFile {
  readonly text?: string;
  readonly metadata?: readonly DocumentMetadata[];
  readonly stamp: FileStamp;
}

/** A corpus file's bytes and the stamp of what was read; undefined, said in a warning, if it cannot be read. */
export function readCorpusBytes(
  workspace: Workspace,
  file: string,
  warn: Warn,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): { bytes: Uint8Array; stamp: FileStamp } | undefined {
  try {
    return workspace.read(file, maxBytes);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    warn(`Corpus file ${file} ${error.message}; skipped.`);
    return undefined;
  }
}

/**
 * A corpus file's bytes read with the reader of its format, or undefined, said in a warning naming the file:
 * unreadable, damaged, or a format no reader reads (XML that is not AKN). A file a sync reader reads comes back at
 * once; a Word or PDF file's text comes as a promise. Touches no file: an indexer thread runs it too.
 */
export function readCorpusDocument(
  file: string,
  bytes: Uint8Array,
  warn: Warn,
): ReadDocument | undefined | Promise<ReadDocument | undefined> {
  const reader = readerFor(file, bytes.subarray(0, 4096));
  if (!reader) return undefined;
  const done = (document: ReadDocument): ReadDocument => {
    if (document.note) warn(`Corpus file ${file} ${document.note}.`);
    return document;
  };
  const failed = (error: unknown): undefined => {
    if (!(error instanceof UnreadableFile)) throw error;
    warn(`Corpus file ${file} ${error.message}; skipped.`);
    return undefined;
  };
  try {
    const document = reader.read(bytes, file);
    return document instanceof Promise ? document.then(done, failed) : done(document);
  } catch (error) {
    return failed(error);
  }
}

/**
 * Reads a corpus file with the reader of its format, or says why not, naming the file: not a
 * regular file, too large, unreadable, damaged, or a format no reader reads (XML that is not AKN).
 */
export function readCorpusFile(
  workspace: Workspace,
  file: string,
  warn: Warn,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): CorpusFile | undefined | Promise<CorpusFile | undefined> {
  const read = readCorpusBytes(workspace, file, warn, maxBytes);
  if (!read) return undefined;
  const asFile = (document: ReadDocument | undefined): CorpusFile | undefined =>
    document && { text: document.text, metadata: document.metadata, stamp: read.stamp };
  const document = readCorpusDocument(file, read.bytes, warn);
  return document instanceof Promise ? document.then(asFile) : asFile(document);
}

export function filePathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function fileUriOf(file: string): string {
  return pathToFileURL(file).toString();
}
