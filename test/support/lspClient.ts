import { ChildProcessWithoutNullStreams, spawn } from 'child_process';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from './seeds';

interface Position {
  readonly line: number;
  readonly character: number;
}

export interface TextEdit {
  readonly range: { readonly start: Position; readonly end: Position };
  readonly newText: string;
}

/** Applies LSP text edits to a text as an editor would, lines ending at "\r\n", "\r" or "\n" as LSP says. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('untitled:edited', 'communique', 1, text), [...edits]);
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * A minimal LSP client over stdio: Content-Length framed JSON-RPC, as any editor speaks it.
 * Used by the protocol tests to drive `node dist/server.js --stdio` for real.
 */
export class LspClient {
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  /** Bytes in `buffer` and `chunks`, and how many the message being read needs. */
  private received = 0;
  private needed = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly notificationWaiters: {
    method: string;
    predicate: (params: any) => boolean;
    resolve: (params: any) => void;
  }[] = [];
  readonly notifications: { method: string; params: any }[] = [];
  /** Requests the server sent to the client, such as workspace/applyEdit. */
  readonly serverRequests: { method: string; params: any }[] = [];
  private readonly openDocuments = new Map<
    string,
    { text: string; version: number; changes: { range?: TextEdit['range']; text: string }[] }
  >();
  /** Whether the client lets the server register file watchers (as VS Code and Neovim can). */
  watchesFiles = false;
  /** What the client answers to workspace/configuration for the "communique" section. */
  configuration: unknown = null;
  /** What it answers for one document's `communique.language` (a resource's own setting); `null` if unset. */
  resourceLanguage: (uri: string) => unknown = () => null;
  stderr = '';

  /** `nodeArgs` go to node itself (e.g. `--require` a probe), `args` to the server. */
  constructor(args: string[] = [], nodeArgs: string[] = [], env: NodeJS.ProcessEnv = process.env) {
    this.process = spawn(
      process.execPath,
      [...nodeArgs, path.join(repoRoot, 'dist', 'server.js'), '--stdio', ...args],
      { stdio: 'pipe', env },
    );
    this.process.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited with ${code}: ${this.stderr}`));
      this.pending.clear();
    });
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.received += chunk.length;
    // Join the chunks only once a whole message may be there: large answers come in many chunks.
    if (this.received < this.needed) return;
    this.buffer = Buffer.concat([this.buffer, ...this.chunks]);
    this.chunks = [];
    this.received = this.buffer.length;
    this.needed = 0;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) {
        this.needed = headerEnd + 4 + length;
        return;
      }
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.received = this.buffer.length;
      this.onMessage(JSON.parse(body));
    }
  }

  private onMessage(message: any): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!pending) return;
      if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending.resolve(message.result);
    } else if (message.id !== undefined) {
      // A request from the server (configuration, registration, progress, edits): answer as an editor would.
      this.serverRequests.push({ method: message.method, params: message.params });
      const result =
        message.method === 'workspace/configuration'
          ? message.params.items.map((item: { scopeUri?: string; section?: string }) =>
              item.scopeUri !== undefined ? this.resourceLanguage(item.scopeUri) : this.configuration,
            )
          : message.method === 'workspace/applyEdit'
            ? this.applyWorkspaceEdit(message.params.edit)
            : null;
      this.write({ jsonrpc: '2.0', id: message.id, result });
    } else {
      this.notifications.push({ method: message.method, params: message.params });
      for (const waiter of [...this.notificationWaiters]) {
        if (waiter.method === message.method && waiter.predicate(message.params)) {
          this.notificationWaiters.splice(this.notificationWaiters.indexOf(waiter), 1);
          waiter.resolve(message.params);
        }
      }
    }
  }

  /** Writes the messages in one chunk: the server reads them together. */
  private write(...messages: object[]): void {
    this.process.stdin.write(
      Buffer.concat(
        messages.map((message) => {
          const body = Buffer.from(JSON.stringify(message), 'utf8');
          return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
        }),
      ),
    );
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /**
   * Sends a request and the notifications that follow it in one chunk: the server reads them
   * together, as when the drafter moves on before the request is handled.
   */
  requestFollowedBy<T = any>(
    method: string,
    params: unknown,
    followers: (id: number) => { method: string; params: any }[],
  ): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      const notifications = followers(id);
      for (const n of notifications) this.track(n.method, n.params);
      this.write({ jsonrpc: '2.0', id, method, params }, ...notifications.map((n) => ({ jsonrpc: '2.0', ...n })));
    });
  }

  /** A request cancelled at once. */
  requestThenCancel<T = any>(method: string, params: unknown): Promise<T> {
    return this.requestFollowedBy(method, params, (id) => [{ method: '$/cancelRequest', params: { id } }]);
  }

  notify(method: string, params: any): void {
    this.track(method, params);
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Keeps the open documents' versions and changes as they are sent. */
  private track(method: string, params: any): void {
    if (method === 'textDocument/didChange') {
      const open = this.openDocuments.get(params.textDocument.uri);
      if (open) {
        open.version = params.textDocument.version;
        open.changes.push(...params.contentChanges);
      }
    }
  }

  /** An open document's text as the server has it: the text opened with and every change sent since. */
  text(uri: string): string {
    const open = this.openDocuments.get(uri);
    if (!open) throw new Error(`${uri} is not open`);
    // Changes are applied only when the text is asked for: benchmarks send thousands of them.
    for (const change of open.changes)
      open.text = change.range
        ? applyTextEdits(open.text, [{ range: change.range, newText: change.text }])
        : change.text;
    open.changes = [];
    return open.text;
  }

  /** As an editor does: the edit is applied if it was made for the version open here, and the change sent back. */
  private applyWorkspaceEdit(edit: {
    documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
  }): { applied: boolean; failureReason?: string } {
    const changes = edit.documentChanges ?? [];
    const stale = changes.find(
      (c) =>
        this.openDocuments.has(c.textDocument.uri) &&
        c.textDocument.version !== null &&
        c.textDocument.version !== this.openDocuments.get(c.textDocument.uri)!.version,
    );
    if (stale)
      return {
        applied: false,
        failureReason: `${stale.textDocument.uri} is no longer at version ${stale.textDocument.version}`,
      };
    for (const change of changes) {
      const open = this.openDocuments.get(change.textDocument.uri);
      if (!open) continue;
      const text = applyTextEdits(this.text(change.textDocument.uri), change.edits);
      this.notify('textDocument/didChange', {
        textDocument: { uri: change.textDocument.uri, version: open.version + 1 },
        contentChanges: [{ text }],
      });
    }
    return { applied: true };
  }

  /** Resolves with the first notification of `method` (past or future) whose params satisfy `predicate`. */
  waitForNotification<T = any>(
    method: string,
    predicate: (params: T) => boolean = () => true,
    timeoutMs = 10000,
  ): Promise<T> {
    const past = this.notifications.find((n) => n.method === method && predicate(n.params));
    if (past) return Promise.resolve(past.params);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} notification within ${timeoutMs} ms`)), timeoutMs);
      this.notificationWaiters.push({
        method,
        predicate,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async initialize(initializationOptions: unknown = {}, rootUri: string | null = null): Promise<any> {
    const capabilities = {
      workspace: {
        configuration: this.configuration !== null,
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        ...(this.watchesFiles && {
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        }),
      },
      window: { workDoneProgress: true },
    };
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      capabilities,
      initializationOptions,
      workspaceFolders: null,
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): void {
    this.openDocuments.set(uri, { text, version, changes: [] });
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'communique', version, text } });
  }

  async shutdown(): Promise<void> {
    if (this.process.exitCode === null) {
      await this.request('shutdown', null).catch(() => undefined);
      this.notify('exit', null);
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          this.process.kill();
          resolve(undefined);
        }, 3000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
  }
}
