/**
 * The file system as the corpus sees it: listing folders, reading and writing whole files.
 * No LSP here; the server, the CLI and the benchmark share it, and the tests put an in-memory
 * one in its place. Paths are absolute, in the platform's form.
 */

/** What a file's size and modification time were when read: what a cached reading is valid for. */
export interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

/** A folder entry, as the entry itself is (a link is a link, not what it points at). */
export interface Entry {
  readonly name: string;
  readonly kind: 'file' | 'folder' | 'link' | 'other';
}

/**
 * Why a file was not read, said of the file so that it fits a warning: "cannot be read (ENOENT)",
 * "is not a regular file", "is 9.1 MB, over the 5 MB limit".
 */
export class FileError extends Error {}

export interface Workspace {
  /** The entries of a folder; a FileError if it cannot be listed. */
  list(folder: string): Promise<Entry[]>;
  /** The entry at `path` itself, without following a link; undefined if there is none. */
  stat(path: string): ({ kind: Entry['kind'] } & FileStamp) | undefined;
  /**
   * A regular file's bytes, read without following a link and only when at most `maxBytes`
   * long, with the stamp of what was read; a FileError otherwise. Never blocks on a pipe or device.
   */
  read(path: string, maxBytes: number): { bytes: Uint8Array; stamp: FileStamp };
  /**
   * Replaces a file whole: a reader sees the old content or the new, never half. Given in parts, the parts are
   * written one after the other: a large file is never copied into one buffer first.
   */
  write(path: string, bytes: Uint8Array | readonly Uint8Array[]): void;
  /**
   * A regular file opened to read pieces of, as it is now: a later `write` of it leaves what this reads unchanged.
   * A FileError if it cannot be.
   */
  open(path: string): RandomAccessFile;
}

/** An open file read piece by piece (the persisted corpus index, read as requests need it). */
export interface RandomAccessFile {
  readonly size: number;
  /** `length` bytes from `offset`, in a buffer of their own (typed arrays can view it); a FileError past the end. */
  read(offset: number, length: number): Uint8Array;
  /** The same, read off this thread where the workspace can (the disk's: in Node's thread pool). */
  readLater(offset: number, length: number): Promise<Uint8Array>;
  close(): void;
}

/** Why a file of `size` bytes over the limit is not read. */
export function tooLarge(size: number, maxBytes: number): FileError {
  return new FileError(`is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB limit`);
}

/** Two stamps of one file say it is unchanged. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size;
}
