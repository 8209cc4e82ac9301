import * as path from 'path';
import { CompletionItemKind, FileChangeType, SymbolKind } from 'vscode-languageserver/node';
import { oneLine } from '../../service/features/displayText';
import { Range } from '../../service';
import type { FeatureRegistration } from '../context';
import { filePathOf } from '../../workspace/corpusFiles';
import { CorpusLoader } from '../../workspace/corpusLoader';
import { nodeWorkspace } from '../../workspace/nodeWorkspace';
import type { Settings } from '../settings';
import {
  CORPUS_DOCUMENTS_REQUEST,
  CORPUS_STATUS_NOTIFICATION,
  CorpusDocumentEntry,
  CorpusStatus,
  SERVER_COMMANDS,
} from '../shared';

/** The seeds ship beside the server: dist/server.js → seeds/. */
const SEEDS_DIR = path.join(__dirname, '..', 'seeds');
/** An open draft is re-indexed this long after its last change, as its diagnostics debounce (and share its parse). */
const REINDEX_DELAY_MS = 300;

/** Citations: the corpus index, hover, definition, references, workspace symbols, corpus status. */
export const registerCitations: FeatureRegistration = ({
  connection,
  documents,
  drafts,
  settings,
  contributions,
  initialized,
  corpus,
  service,
}) => {
  const pending = new Map<string, NodeJS.Timeout>();
  const loader = new CorpusLoader({
    workspace: nodeWorkspace,
    corpus,
    warn: (message) => connection.console.warn(message),
    isOpen: (uri) => documents.get(uri) !== undefined,
  });
  const sendStatus = (): void =>
    void connection.sendNotification(CORPUS_STATUS_NOTIFICATION, {
      ...corpus.size,
      loading: loader.loading,
    } satisfies CorpusStatus);

  /** Loads the corpus paths with progress the editor can show, where it can. */
  const load = async (
    patterns: readonly string[],
    folders: readonly string[],
    progressSupported: boolean,
  ): Promise<void> => {
    const work = progressSupported
      ? await connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    const progress = work && {
      begin: (files: number) => work.begin('Indexing the corpus', 0, `${files} files`, false),
      report: (done: number, files: number) =>
        work.report(Math.floor((100 * done) / files), `${done} of ${files} files`),
      done: () => work.done(),
    };
    await loader.load(patterns, folders, progress).finally(sendStatus);
    await loader.postPassages();
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
    await load(patterns(settings.value), folders, progressSupported);
    settings.onChange((value) => void load(patterns(value), folders, progressSupported));
  });

  // An open draft is indexed from its parse for diagnostics: one parse per version.
  const reindexOpen = (uri: string, delay: number): void => {
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        const document = documents.get(uri);
        if (document) loader.indexOpen(uri, drafts.get(document));
        sendStatus();
      }, delay),
    );
  };
  documents.onDidOpen((event) => reindexOpen(event.document.uri, 0));
  documents.onDidChangeContent((event) => reindexOpen(event.document.uri, REINDEX_DELAY_MS));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    loader.closed(event.document.uri);
    sendStatus();
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const file = filePathOf(change.uri);
      if (!file) continue;
      if (change.type === FileChangeType.Deleted) loader.deleted(file);
      else loader.changed(file);
    }
    sendStatus();
  });

  contributions.hovers.push((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const hover = service.hover(drafts.draft(document), document.offsetAt(params.position));
    return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range } : null;
  });

  contributions.commands.set(SERVER_COMMANDS.openLocation, async (args) => {
    const [uri, range] = args as [unknown, unknown];
    if (typeof uri !== 'string' || !corpus.document(uri)) throw new Error('Open location: not a corpus document.');
    await connection.window.showDocument({ uri, selection: range as Range, takeFocus: true });
    return null;
  });

  // Above a resolution's own title: how many corpus documents cite it.
  contributions.codeLenses.push((params) => {
    const document = documents.get(params.textDocument.uri);
    const cited = document && service.citedIn(drafts.draft(document));
    if (!document || !cited) return [];
    const at = document.positionAt(cited.span.start);
    return [
      {
        range: { start: at, end: at },
        command: {
          title: `Cited in ${cited.documents} corpus document${cited.documents === 1 ? '' : 's'}`,
          command: '',
        },
      },
    ];
  });

  connection.onDefinition((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.definition(drafts.draft(document), document.offsetAt(params.position)) : [];
  });

  connection.onReferences((params) => {
    const document = documents.get(params.textDocument.uri);
    return document
      ? service.references(
          drafts.draft(document),
          document.offsetAt(params.position),
          params.context.includeDeclaration,
        )
      : [];
  });

  connection.onWorkspaceSymbol((params) =>
    service
      .workspaceSymbols(params.query)
      .map((s) => ({ name: s.name, containerName: s.detail, kind: SymbolKind.Constant, location: s.location })),
  );

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
    return service.completion(drafts.draft(document), document.offsetAt(params.position)).map((c) => ({
      label: c.label,
      detail: c.detail,
      kind: /^\(/.test(c.label)
        ? CompletionItemKind.EnumMember
        : /\d/.test(c.label) && !/^\d+\. /.test(c.label)
          ? CompletionItemKind.Reference
          : CompletionItemKind.Keyword,
      textEdit: { range: c.range, newText: c.insertText },
      sortText: `${String(c.rank + 1000).padStart(6, '0')}${c.label}`,
      filterText: c.insertText,
    }));
  });

  return {
    definitionProvider: true,
    referencesProvider: true,
    workspaceSymbolProvider: true,
    completionProvider: { triggerCharacters: ['/', '(', ' '] },
  };
};
