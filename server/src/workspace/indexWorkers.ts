import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { indexedFormOf, IndexedForm } from '../service/corpus/corpusIndex';
import type { DocumentMetadata } from '../service/corpus/metadata';
import { readCorpusDocument } from './corpusFiles';

/** What a corpus file's bytes give the index, and the warnings its reader gave (each naming the file). */
export interface IndexedFile {
  /** False when no reader could read it: it leaves the corpus. */
  readonly read: boolean;
  /** Absent for a file with no text (the UN's JSON of votes and sponsors). */
  readonly form?: IndexedForm;
  readonly metadata?: readonly DocumentMetadata[];
  /** Where the text's lines start in the file (ReadDocument.textMap). */
  readonly textMap?: Int32Array;
  readonly warnings: readonly string[];
}

/** Reads a corpus file's bytes with its format's reader and makes the index's form of its text. */
export async function indexFile(file: string, bytes: Uint8Array): Promise<IndexedFile> {
  const warnings: string[] = [];
  const document = await readCorpusDocument(file, bytes, (warning) => warnings.push(warning));
  if (!document) return { read: false, warnings };
  const form = document.text === undefined ? undefined : indexedFormOf(document.text);
  return { read: true, form, metadata: document.metadata, textMap: form && document.textMap, warnings };
}

/** Indexes a file's bytes, or an open draft's text: in worker threads (IndexWorkers), or in this one (IN_THREAD). */
export interface Indexer {
  file(file: string, bytes: Uint8Array): Promise<IndexedFile>;
  text(text: string): Promise<IndexedForm>;
}

export const IN_THREAD: Indexer = { file: indexFile, text: async (text) => indexedFormOf(text) };

export type IndexRequest =
  | { readonly id: number; readonly file: string; readonly bytes: Uint8Array }
  | { readonly id: number; readonly text: string };
export interface IndexReply {
  readonly id: number;
  readonly indexed?: IndexedFile;
  readonly error?: string;
}

interface Pending {
  resolve(indexed: IndexedFile): void;
  reject(error: Error): void;
}

/** The worker's script beside this module's: dist/ in the bundle, out/server/src/workspace/ when compiled by tsc. */
const WORKER_SCRIPT = path.join(__dirname, 'indexWorker.js');

/**
 * Threads that read and index corpus files beside the server's, one fewer than the machine's cores (at least one,
 * at most four): a corpus loads on every core, and a large corpus file changing on disk no longer holds up the
 * drafter's requests. A thread that dies (out of memory on a huge text) fails the texts it held and is started afresh.
 * The threads keep the process alive only while they have work, so a command-line run ends when its load does.
 */
export class IndexWorkers implements Indexer {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private nextId = 0;
  private closed = false;

  private constructor(
    private readonly size: number,
    private readonly script: string,
  ) {}

  /** The pool, or undefined where the worker's script is not beside this module (a bundle without it). */
  static start(size = Math.max(1, Math.min(4, os.availableParallelism() - 1)), script = WORKER_SCRIPT) {
    return fs.existsSync(script) ? new IndexWorkers(size, script) : undefined;
  }

  readonly file = (file: string, bytes: Uint8Array): Promise<IndexedFile> =>
    this.closed ? IN_THREAD.file(file, bytes) : this.ask({ id: this.nextId++, file, bytes });

  readonly text = async (text: string): Promise<IndexedForm> => {
    if (this.closed) return IN_THREAD.text(text);
    const { form } = await this.ask({ id: this.nextId++, text });
    return form!;
  };

  private ask(request: IndexRequest): Promise<IndexedFile> {
    const slot = this.leastBusy();
    return new Promise<IndexedFile>((resolve, reject) => {
      slot.pending.set(request.id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.splice(0).map(({ worker }) => worker.terminate()));
  }

  private leastBusy(): { worker: Worker; pending: Map<number, Pending> } {
    if (this.workers.length < this.size) return this.spawn();
    return this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private spawn(): { worker: Worker; pending: Map<number, Pending> } {
    const slot = { worker: new Worker(this.script), pending: new Map<number, Pending>() };
    const { worker, pending } = slot;
    worker.unref();
    worker.on('message', ({ id, indexed, error }: IndexReply) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) worker.unref();
      if (indexed) waiting?.resolve(indexed);
      else waiting?.reject(new Error(error ?? 'no answer from the indexer thread'));
    });
    const fail = (error: Error): void => {
      const index = this.workers.indexOf(slot);
      if (index >= 0) this.workers.splice(index, 1);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the indexer thread stopped (exit code ${code})`)));
    this.workers.push(slot);
    return slot;
  }
}
