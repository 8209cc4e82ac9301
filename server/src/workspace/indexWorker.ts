/**
 * A corpus indexer thread: reads each file's bytes it is sent with its format's reader and makes the index's form
 * of the text (parse, citations, passages), so that the server's thread only reads bytes and files the results.
 * Started by IndexWorkers; bundled as its own entry.
 */
import { parentPort } from 'worker_threads';
import { indexedFormOf } from '../service/corpus/corpusIndex';
import { indexFile, IndexedFile, IndexReply, IndexRequest } from './indexWorkers';

/** A file's bytes read and indexed; an open draft's text indexed as it is. */
async function indexed(request: IndexRequest): Promise<IndexedFile> {
  if ('text' in request) return { read: true, form: indexedFormOf(request.text), warnings: [] };
  return indexFile(request.file, request.bytes);
}

parentPort?.on('message', (request: IndexRequest) => {
  const { id } = request;
  void indexed(request).then(
    (indexed) => {
      const form = indexed.form?.indexed;
      const buffers = form
        ? [form.sampledShingles.buffer, form.summaries.pieces.buffer, form.citations.numbers.buffer]
        : [];
      if (indexed.textMap) buffers.push(indexed.textMap.buffer);
      parentPort?.postMessage({ id, indexed } satisfies IndexReply, buffers as ArrayBuffer[]);
    },
    (error: unknown) =>
      parentPort?.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies IndexReply),
  );
});
