import * as path from 'path';
import { Entry, FileError, FileStamp, RandomAccessFile, tooLarge, Workspace } from './workspace';

type Node = { kind: 'file'; bytes: Uint8Array; mtimeMs: number } | { kind: 'link' | 'other' };

/**
 * A workspace held in memory, for tests: files, links and pipes by absolute path, folders
 * implied by them. Every write moves its clock on, so a rewritten file gets a new stamp.
 */
export class MemoryWorkspace implements Workspace {
  private readonly nodes = new Map<string, Node>();
  private clock = 1;
  /** Paths read, in order: what a test can ask of the cache ("was this file read again?"). */
  readonly reads: string[] = [];
  /** Paths opened for reads at offsets (the cache), in order. */
  readonly opens: string[] = [];

  constructor(files: Record<string, string> = {}) {
    for (const [file, text] of Object.entries(files)) this.writeText(file, text);
  }

  writeText(file: string, text: string): void {
    this.write(file, new TextEncoder().encode(text));
  }

  write(file: string, bytes: Uint8Array | readonly Uint8Array[]): void {
    const parts: readonly Uint8Array[] = Array.isArray(bytes) ? bytes : [bytes];
    const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    parts.reduce((at, part) => (whole.set(part, at), at + part.length), 0);
    this.nodes.set(path.resolve(file), { kind: 'file', bytes: whole, mtimeMs: this.clock++ });
  }

  /** Puts something that is not a regular file at `file`: a symbolic link, or a pipe or device. */
  place(file: string, kind: 'link' | 'other'): void {
    this.nodes.set(path.resolve(file), { kind });
  }

  remove(file: string): void {
    this.nodes.delete(path.resolve(file));
  }

  bytesOf(file: string): Uint8Array | undefined {
    const node = this.nodes.get(path.resolve(file));
    return node?.kind === 'file' ? node.bytes : undefined;
  }

  async list(folder: string): Promise<Entry[]> {
    const prefix = path.resolve(folder) + path.sep;
    const entries = new Map<string, Entry['kind']>();
    for (const [file, node] of this.nodes) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...below] = file.slice(prefix.length).split(path.sep);
      entries.set(name, below.length > 0 ? 'folder' : node.kind);
    }
    if (entries.size === 0) throw new FileError('cannot be read (ENOENT)');
    return [...entries].map(([name, kind]) => ({ name, kind }));
  }

  stat(file: string): ({ kind: Entry['kind'] } & FileStamp) | undefined {
    const resolved = path.resolve(file);
    const node = this.nodes.get(resolved);
    if (node?.kind === 'file') return { kind: 'file', mtimeMs: node.mtimeMs, size: node.bytes.length };
    if (node) return { kind: node.kind, mtimeMs: 0, size: 0 };
    const inside = [...this.nodes.keys()].some((f) => f.startsWith(resolved + path.sep));
    return inside ? { kind: 'folder', mtimeMs: 0, size: 0 } : undefined;
  }

  read(file: string, maxBytes: number): { bytes: Uint8Array; stamp: FileStamp } {
    const node = this.nodes.get(path.resolve(file));
    this.reads.push(path.resolve(file));
    if (!node) throw new FileError('cannot be read (ENOENT)');
    if (node.kind === 'link') throw new FileError('is a symbolic link');
    if (node.kind !== 'file') throw new FileError('is not a regular file');
    if (node.bytes.length > maxBytes) throw tooLarge(node.bytes.length, maxBytes);
    return { bytes: node.bytes, stamp: { mtimeMs: node.mtimeMs, size: node.bytes.length } };
  }

  open(file: string): RandomAccessFile {
    const node = this.nodes.get(path.resolve(file));
    this.opens.push(path.resolve(file));
    if (node?.kind !== 'file') throw new FileError('cannot be read (ENOENT)');
    // The bytes as they are now: a write replaces the node, as a rename replaces a file's inode.
    const bytes = node.bytes;
    const read = (offset: number, length: number): Uint8Array => {
      if (offset < 0 || length < 0 || offset + length > bytes.length) throw new FileError('is shorter than expected');
      return bytes.slice(offset, offset + length);
    };
    return {
      size: bytes.length,
      read,
      readLater: async (offset, length) => read(offset, length),
      close: () => undefined,
    };
  }
}
