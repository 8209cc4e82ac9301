import * as path from 'path';
import {
  CompletionItemKind,
  DidChangeWatchedFilesNotification,
  Disposable,
  FileChangeType,
  SymbolKind,
  WatchKind,
} from 'vscode-languageserver/node';
import { oneLine } from '../../service/features/displayText';
import { escapeMarkdown } from '../../service/features/markdown';
import type { Range } from '../../service';
import type { InitializeParams } from 'vscode-languageserver/node';
import type { FeatureRegistration } from '../context';
import { cancelled, nextTurn, offsetIn, positionIn, rangeIn } from '../convert';
import { filePathOf, fileUriOf } from '../../workspace/corpusFiles';
import { CorpusLoader, LoadProgress } from '../../workspace/corpusLoader';
import { IndexWorkers } from '../../workspace/indexWorkers';
import { corpusRoots } from '../../workspace/corpusPaths';
import { nodeWorkspace } from '../../workspace/nodeWorkspace';
import type { Settings } from '../settings';
import {
  CORPUS_DOCUMENTS_REQUEST,
  CORPUS_STATUS_NOTIFICATION,
  CorpusDocumentEntry,
  CorpusStatus,
  CLIENT_COMMANDS,
  isDraftUri,
  SERVER_COMMANDS,
} from '../shared';

/** The seeds ship beside the server: dist/server.js → seeds/. */
const SEEDS_DIR = path.join(__dirname, '..', 'seeds');
/** An open draft is re-indexed this long after its last change, as its diagnostics debounce (and share its parse). */
const REINDEX_DELAY_MS = 300;
/** The corpus files a client watches for the server (what the corpus readers take). */
const WATCHED_FILES = '**/*.{communique,resolution,txt,xml,akn,json,docx,pdf,html,htm}';

/** Citations: the corpus index, hover, definition, references, workspace symbols, corpus status. */
export const registerCitations: FeatureRegistration = ({
  connection,
  documents,
  drafts,
  settings,
  contributions,
  initialized,
  corpus,
  corpusLoads,
  texts,
  service,
}) => {
  const pending = new Map<string, NodeJS.Timeout>();
  /** Files of the running load indexed so far, of how many; unknown (undefined) while they are listed. */
  let loaded: { done: number; files: number } | undefined;
  const loader = new CorpusLoader({
    workspace: nodeWorkspace,
    corpus,
    warn: (message) => connection.console.warn(message),
    isOpen: (uri) => documents.get(uri) !== undefined,
    indexer: IndexWorkers.start(),
    onReset: () => documents.all().forEach((document) => reindexOpen(document.uri, 0)),
  });
  const sendStatus = (): void =>
    void connection.sendNotification(CORPUS_STATUS_NOTIFICATION, {
      ...corpus.size,
      loading: loader.loading,
      // The limit the listing applied, not the setting's value: a load with a new one may not have run yet.
      ...loader.limit,
    } satisfies CorpusStatus);
  // A client that watches no files: a changed file is found when a hover reads it.
  texts.whenStale((file) => void loader.changed(file).then(sendStatus));
  texts.mapsFrom((file) => loader.indexedSource(file));

  /** Loads the corpus paths with progress the editor can show, where it can, and builds the postings. */
  const load = (
    patterns: readonly string[],
    folders: readonly string[],
    progressSupported: boolean,
    maxFiles: number,
  ): Promise<void> => corpusLoads.track(loadNow(patterns, folders, progressSupported, maxFiles));
  const loadNow = async (
    patterns: readonly string[],
    folders: readonly string[],
    progressSupported: boolean,
    maxFiles: number,
  ): Promise<void> => {
    const work = progressSupported
      ? await connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    // Counted whether the editor shows progress or not: answers given meanwhile say how far the load is.
    let shown = 0;
    const progress: LoadProgress = {
      begin: (files) => {
        loaded = { done: 0, files };
        work?.begin('Indexing the corpus', 0, `${files} files`, false);
      },
      report: (done, files) => {
        loaded = { done, files };
        // Told the editor once a per cent: a message a batch costs a warm start a tenth of a second in writes.
        const percent = Math.floor((100 * done) / files);
        if (percent !== shown) work?.report((shown = percent), `${done} of ${files} files`);
      },
      done: () => work?.done(),
    };
    loaded = undefined;
    toldLoading = false;
    await loader.load(patterns, folders, progress, maxFiles).finally(sendStatus);
    await loader.postPassages();
    await loader.verifyCache();
  };

  /** "corpus still loading (3 of 5 files)" while a load runs: what an answer given now covers. */
  const loadingNote = (): string | undefined => {
    if (!loader.loading) return undefined;
    return `corpus still loading (${loaded ? `${loaded.done} of ${loaded.files} files` : 'listing files'})`;
  };
  /** Said once per load for answers that cannot carry text (definitions, references). */
  let toldLoading = false;
  const tellLoading = (): void => {
    const note = loadingNote();
    if (!note || toldLoading) return;
    toldLoading = true;
    void connection.window.showInformationMessage(`Communiqué: ${note}; corpus answers may be incomplete.`);
  };

  // Every client, not VS Code alone, tells the server of changed corpus files once asked to watch them:
  // the workspace folders and each corpus path outside them.
  let watching: Promise<Disposable> | undefined;
  const watch = (params: InitializeParams, folders: readonly string[], paths: readonly string[]): void => {
    const files = params.capabilities.workspace?.didChangeWatchedFiles;
    if (files?.dynamicRegistration !== true) return;
    const bases = corpusRoots(paths, folders, () => undefined)
      .map((root) => root.base)
      .filter((base) => !folders.some((folder) => !path.relative(folder, base).startsWith('..')));
    const outside =
      files.relativePatternSupport === true
        ? bases.map((base) => ({ globPattern: { baseUri: fileUriOf(base), pattern: WATCHED_FILES } }))
        : bases.map((base) => ({ globPattern: `${base.replace(/\\/g, '/')}/${WATCHED_FILES}` }));
    const kind = WatchKind.Create | WatchKind.Change | WatchKind.Delete;
    const previous = watching;
    watching = connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: WATCHED_FILES, kind }, ...outside.map((w) => ({ ...w, kind }))],
    });
    void previous?.then((registration) => registration.dispose()).catch(() => undefined);
  };

  void initialized.then(async (params) => {
    const options = params.initializationOptions as { storagePath?: unknown } | undefined;
    loader.useCacheIn(typeof options?.storagePath === 'string' ? options.storagePath : undefined);
    const progressSupported = params.capabilities.window?.workDoneProgress === true;
    const folders = (params.workspaceFolders ?? [])
      .map((f) => filePathOf(f.uri))
      .filter((f): f is string => Boolean(f));
    const root = params.rootUri ? filePathOf(params.rootUri) : undefined;
    if (folders.length === 0 && root) folders.push(root);
    const patterns = (value: Settings): string[] => [SEEDS_DIR, ...folders, ...value.corpusPaths];
    watch(params, folders, settings.value.corpusPaths);
    await load(patterns(settings.value), folders, progressSupported, settings.value.corpusMaxFiles);
    settings.onChange((value) => {
      watch(params, folders, value.corpusPaths);
      void load(patterns(value), folders, progressSupported, value.corpusMaxFiles);
    });
  });

  // An open draft is indexed from its parse for diagnostics: one parse per version. Only the drafter's own drafts:
  // an old revision of one (git, local history, a diff view) is no agreed language.
  const reindexOpen = (uri: string, delay: number): void => {
    if (!isDraftUri(uri)) return;
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        const document = documents.get(uri);
        if (document) void loader.indexOpen(uri, drafts.get(document)).then(sendStatus);
      }, delay),
    );
  };
  documents.onDidOpen((event) => reindexOpen(event.document.uri, 0));
  documents.onDidChangeContent((event) => reindexOpen(event.document.uri, REINDEX_DELAY_MS));
  settings.onLanguageChange((uri) => reindexOpen(uri, 0));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    void loader.closed(event.document.uri).then(sendStatus);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      const file = filePathOf(change.uri);
      if (!file) continue;
      if (change.type === FileChangeType.Deleted) loader.deleted(file);
      else await loader.changed(file);
    }
    sendStatus();
  });

  contributions.hovers.push((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const draft = drafts.draft(document);
    const hover = service.hover(draft, offsetIn(draft, params.position));
    if (!hover) return null;
    const note = loadingNote();
    const value = note
      ? `${hover.markdown}\n\n---\n\n*${escapeMarkdown(note)}: this answer may be incomplete.*`
      : hover.markdown;
    return { contents: { kind: 'markdown', value }, range: rangeIn(draft, hover.span) };
  });

  contributions.commands.set(SERVER_COMMANDS.openLocation, async (args) => {
    const [uri, range] = args as [unknown, unknown];
    if (typeof uri !== 'string' || !corpus.document(uri)) throw new Error('Open location: not a corpus document.');
    await connection.window.showDocument({ uri, selection: range as Range, takeFocus: true });
    return null;
  });

  // Above a resolution's own title: how many corpus documents cite it; a click lists the citations.
  contributions.codeLenses.push((params) => {
    const document = documents.get(params.textDocument.uri);
    const draft = document && drafts.draft(document);
    const cited = draft && service.citedIn(draft);
    if (!document || !draft || !cited) return [];
    const at = positionIn(draft, cited.span.start);
    const citations = service.references(draft, cited.span.start, false).filter((l) => l.uri !== document.uri);
    return [
      {
        range: { start: at, end: at },
        command: {
          title: `Cited in ${cited.documents} corpus document${cited.documents === 1 ? '' : 's'}`,
          command: citations.length > 0 ? CLIENT_COMMANDS.showReferences : '',
          arguments: citations.length > 0 ? [document.uri, at, citations] : undefined,
        },
      },
    ];
  });

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    tellLoading();
    if (!document) return [];
    const draft = drafts.draft(document);
    return service.definition(draft, offsetIn(draft, params.position));
  });

  connection.onReferences(async (params, token) => {
    await nextTurn();
    const document = documents.get(params.textDocument.uri);
    tellLoading();
    if (!document) return [];
    const draft = drafts.draft(document);
    const found = service.references(draft, offsetIn(draft, params.position), params.context.includeDeclaration, token);
    return token.isCancellationRequested ? cancelled('Find references') : found;
  });

  // Every citation of a UN document links to its official page.
  connection.onDocumentLinks((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const draft = drafts.draft(document);
    return service.documentLinks(draft).map((l) => ({ range: rangeIn(draft, l.span), target: l.target }));
  });

  connection.onWorkspaceSymbol(async (params, token) => {
    await nextTurn();
    const found = service
      .workspaceSymbols(params.query, token)
      .map((s) => ({ name: s.name, containerName: s.detail, kind: SymbolKind.Constant, location: s.location }));
    return token.isCancellationRequested ? cancelled('Workspace symbols') : found;
  });

  connection.onRequest(CORPUS_DOCUMENTS_REQUEST, (): CorpusDocumentEntry[] =>
    [...corpus.allDocuments()].map((d) => ({
      uri: d.uri,
      title: oneLine(d.title ?? path.basename(filePathOf(d.uri) ?? d.uri)),
      citations: d.citations.cited,
    })),
  );

  // Completion lives with the corpus: it offers the corpus's resolutions after "resolution".
  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const note = loadingNote();
    const draft = drafts.draft(document);
    const items = service.completion(draft, offsetIn(draft, params.position)).map((c) => ({
      label: c.label,
      detail: note ? `${c.detail ?? ''}${c.detail ? ' · ' : ''}${note}` : c.detail,
      kind: /^\(/.test(c.label)
        ? CompletionItemKind.EnumMember
        : /\d/.test(c.label) && !/^\d+\. /.test(c.label)
          ? CompletionItemKind.Reference
          : CompletionItemKind.Keyword,
      textEdit: { range: rangeIn(draft, c.span), newText: c.insertText },
      sortText: `${String(c.rank + 1000).padStart(6, '0')}${c.label}`,
      filterText: c.insertText,
    }));
    // Incomplete while loading: the client asks again as the drafter types, and gets the documents loaded since.
    return note ? { isIncomplete: true, items } : items;
  });

  return {
    definitionProvider: true,
    referencesProvider: true,
    documentLinkProvider: { resolveProvider: false },
    workspaceSymbolProvider: true,
    completionProvider: { triggerCharacters: ['/', '(', ' '] },
  };
};
