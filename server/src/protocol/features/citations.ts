import * as path from 'path';
import { pathToFileURL } from 'url';
import { CompletionItemKind, FileChangeType, SymbolKind } from 'vscode-languageserver/node';
import { citationsOf, getCompletions, getDefinition, getHover, getReferences, getWorkspaceSymbols, oneLine, Range } from '../../service';
import type { FeatureRegistration } from '../context';
import { CorpusCache, FileStamp, stampOf } from '../corpusCache';
import { filePathOf, listCorpusFiles, readCorpusFile } from '../corpusFiles';

export const OPEN_LOCATION_COMMAND = 'communique.openLocation';
export const CORPUS_STATUS_NOTIFICATION = 'communique/corpusStatus';
export const CORPUS_DOCUMENTS_REQUEST = 'communique/corpusDocuments';

/** The seeds ship beside the server: dist/server.js → seeds/. */
const SEEDS_DIR = path.join(__dirname, '..', 'seeds');
/** Files indexed between two turns of the event loop, so requests are answered while the corpus loads. */
const BATCH = 64;
const REINDEX_DELAY_MS = 300;
/** Time the passage postings take from the event loop at a stretch after loading. */
const POSTING_SLICE_MS = 15;
/** The cache is rewritten this long after the last change to a corpus file. */
const CACHE_WRITE_DELAY_MS = 5000;
/** Copies named one by one in the output before a count of the rest: a folder of copies gives no storm. */
const MAX_COPY_WARNINGS = 10;

/** Citations: the corpus index, hover, definition, references, workspace symbols, corpus status. */
export const registerCitations: FeatureRegistration = ({ connection, documents, drafts, settings, contributions, initialized, corpus, readText }) => {
  const warn = (message: string): void => connection.console.warn(message);
  const pending = new Map<string, NodeJS.Timeout>();
  let loading = 0;
  let cache = new CorpusCache(undefined, warn);
  /** Each indexed file's size and time when read: what the cache is valid for. */
  const stamps = new Map<string, FileStamp>();
  let cacheWrite: NodeJS.Timeout | undefined;
  const saveCache = (): void => {
    clearTimeout(cacheWrite);
    cache.save([...stamps].flatMap(([file, stamp]) => {
      const uri = pathToFileURL(file).toString();
      // An open document's index holds the editor's text, which may not be the file's.
      const doc = documents.get(uri) ? undefined : corpus.cached(uri);
      return doc ? [{ file, stamp, doc }] : [];
    }));
  };
  const scheduleCacheWrite = (): void => {
    clearTimeout(cacheWrite);
    cacheWrite = setTimeout(saveCache, CACHE_WRITE_DELAY_MS);
  };

  const sendStatus = (): void => {
    reportCopies();
    void connection.sendNotification(CORPUS_STATUS_NOTIFICATION, { ...corpus.size, loading: loading > 0 });
  };

  /** Indexes a file from the cache if it is unchanged, else from its text; says whether it was read. */
  const indexFile = (file: string): boolean => {
    const uri = pathToFileURL(file).toString();
    if (documents.get(uri)) return false; // the open document is the newer text
    const stamp = stampOf(file);
    const cached = stamp && cache.lookup(file, stamp);
    if (cached && corpus.restore(uri, cached)) {
      stamps.set(file, stamp);
      return false;
    }
    const text = readCorpusFile(file, warn);
    if (text === undefined) {
      corpus.remove(uri);
      stamps.delete(file);
    } else {
      const indexed = corpus.set(uri, text);
      if (indexed.uri !== uri) copies.push(`${file} has the same text as ${filePathOf(indexed.uri) ?? indexed.uri}`);
      if (stamp) stamps.set(file, stamp);
    }
    return true;
  };

  /** Files whose text is already in the corpus under another name, since the last report. */
  let copies: string[] = [];
  const reportCopies = (): void => {
    for (const copy of copies.slice(0, MAX_COPY_WARNINGS)) warn(`Corpus file ${copy}; counted once.`);
    if (copies.length > MAX_COPY_WARNINGS) warn(`${copies.length - MAX_COPY_WARNINGS} more corpus files repeat documents already indexed; each counted once.`);
    copies = [];
  };

  /** Indexes files in batches, yielding between them, with progress the editor can show. */
  const load = async (roots: readonly string[], progressSupported: boolean): Promise<void> => {
    loading++;
    const progress = progressSupported ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    let read = 0;
    let files: string[] = [];
    try {
      files = listCorpusFiles(roots, warn);
      progress?.begin('Indexing the corpus', 0, `${files.length} files`, false);
      for (let i = 0; i < files.length; i += BATCH) {
        for (const file of files.slice(i, i + BATCH)) if (indexFile(file)) read++;
        progress?.report(Math.floor((100 * Math.min(i + BATCH, files.length)) / files.length), `${Math.min(i + BATCH, files.length)} of ${files.length} files`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      progress?.done();
      loading--;
      sendStatus();
    }
    // Rewritten when a file was read, or when files the cache holds are gone.
    if (read > 0 || files.length !== cache.size) saveCache();
    // The agreed-language finder's postings, in slices between requests (a query posts what is left itself).
    while (corpus.passages.pending > 0) {
      corpus.passages.post(performance.now() + POSTING_SLICE_MS);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  void initialized.then(async (params) => {
    const options = params.initializationOptions as { storagePath?: unknown } | undefined;
    cache = new CorpusCache(typeof options?.storagePath === 'string' ? options.storagePath : undefined, warn);
    const progressSupported = params.capabilities.window?.workDoneProgress === true;
    const folders = (params.workspaceFolders ?? []).map((f) => filePathOf(f.uri)).filter((f): f is string => Boolean(f));
    const root = params.rootUri ? filePathOf(params.rootUri) : undefined;
    if (folders.length === 0 && root) folders.push(root);
    await load([SEEDS_DIR, ...folders, ...settings.value.corpusPaths], progressSupported);
    cache.release();
    settings.onChange((value) => void load(value.corpusPaths, progressSupported));
  });

  const reindexOpen = (uri: string, delay: number): void => {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => {
      pending.delete(uri);
      const document = documents.get(uri);
      if (document) corpus.set(uri, document.getText());
      sendStatus();
    }, delay));
  };
  documents.onDidOpen((event) => reindexOpen(event.document.uri, 0));
  documents.onDidChangeContent((event) => reindexOpen(event.document.uri, REINDEX_DELAY_MS));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    const file = filePathOf(event.document.uri);
    // Back to what is on disk; an unsaved draft leaves the corpus.
    corpus.remove(event.document.uri);
    if (file) indexFile(file);
    sendStatus();
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const file = filePathOf(change.uri);
      if (!file || !/\.(communique|resolution|txt)$/i.test(file)) continue;
      if (change.type === FileChangeType.Deleted) {
        corpus.remove(change.uri);
        stamps.delete(file);
      } else indexFile(file);
    }
    sendStatus();
    scheduleCacheWrite();
  });

  const link = (uri: string, range: Range): string => `command:${OPEN_LOCATION_COMMAND}?${encodeURIComponent(JSON.stringify([uri, range]))}`;

  contributions.hovers.push((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const hover = getHover(drafts.get(document), document.uri, document.offsetAt(params.position), corpus, readText, link);
    return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range } : null;
  });

  contributions.commands.set(OPEN_LOCATION_COMMAND, async (args) => {
    const [uri, range] = args as [unknown, unknown];
    if (typeof uri !== 'string' || !corpus.document(uri)) throw new Error('Open location: not a corpus document.');
    await connection.window.showDocument({ uri, selection: range as Range, takeFocus: true });
    return null;
  });

  // Above a resolution's own title: how many corpus documents cite it.
  contributions.codeLenses.push((params) => {
    const document = documents.get(params.textDocument.uri);
    const own = document && citationsOf(drafts.get(document)).find((c) => c.self);
    if (!document || !own) return [];
    const citing = new Set(corpus.lookup(own.symbol).citations.map((c) => c.uri).filter((uri) => uri !== document.uri));
    const range = document.positionAt(own.span.start);
    return [{ range: { start: range, end: range }, command: { title: `Cited in ${citing.size} corpus document${citing.size === 1 ? '' : 's'}`, command: '' } }];
  });

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? getDefinition(drafts.get(document), document.offsetAt(params.position), corpus) : [];
  });

  connection.onReferences((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? getReferences(drafts.get(document), document.offsetAt(params.position), corpus, params.context.includeDeclaration) : [];
  });

  connection.onWorkspaceSymbol((params) =>
    getWorkspaceSymbols(params.query, corpus).map((s) => ({ name: s.name, containerName: s.detail, kind: SymbolKind.Constant, location: s.location })));

  connection.onRequest(CORPUS_DOCUMENTS_REQUEST, () =>
    [...corpus.allDocuments()].map((d) => ({ uri: d.uri, title: oneLine(d.title ?? path.basename(filePathOf(d.uri) ?? d.uri)), citations: d.citations.cited })));

  // Completion lives with the corpus: it offers the corpus's resolutions after "resolution".
  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return getCompletions(drafts.get(document), document.offsetAt(params.position), corpus).map((c) => ({
      label: c.label,
      detail: c.detail,
      kind: /^\(/.test(c.label) ? CompletionItemKind.EnumMember : /\d/.test(c.label) && !/^\d+\. /.test(c.label) ? CompletionItemKind.Reference : CompletionItemKind.Keyword,
      textEdit: { range: c.range, newText: c.insertText },
      sortText: `${String(c.rank + 1000).padStart(6, '0')}${c.label}`,
      filterText: c.insertText,
    }));
  });

  return { definitionProvider: true, referencesProvider: true, workspaceSymbolProvider: true, completionProvider: { triggerCharacters: ['/', '(', ' '] } };
};
