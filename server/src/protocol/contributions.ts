import type {
  CancellationToken,
  CodeAction,
  CodeActionParams,
  CodeLens,
  CodeLensParams,
  Connection,
  Hover,
  HoverParams,
  MarkupContent,
  ServerCapabilities,
} from 'vscode-languageserver/node';

type Awaitable<T> = T | Promise<T>;

export type HoverContributor = (params: HoverParams, token: CancellationToken) => Awaitable<Hover | null | undefined>;
export type CodeActionContributor = (params: CodeActionParams, token: CancellationToken) => Awaitable<CodeAction[]>;
export type CodeLensContributor = (params: CodeLensParams, token: CancellationToken) => Awaitable<CodeLens[]>;
export type CommandHandler = (args: unknown[], token: CancellationToken) => Awaitable<unknown>;

/**
 * LSP allows one handler per request; several features answer hover, code actions, code
 * lenses and commands. Features add contributors here; one handler per request merges them.
 */
export class Contributions {
  readonly hovers: HoverContributor[] = [];
  readonly codeActions: CodeActionContributor[] = [];
  readonly codeLenses: CodeLensContributor[] = [];
  readonly commands = new Map<string, CommandHandler>();

  /** Registers the merged handlers; returns the capabilities for what was contributed. */
  listen(connection: Connection): ServerCapabilities {
    const capabilities: ServerCapabilities = {};
    if (this.hovers.length > 0) {
      connection.onHover(async (params, token) =>
        mergeHovers(await Promise.all(this.hovers.map((h) => h(params, token)))),
      );
      capabilities.hoverProvider = true;
    }
    if (this.codeActions.length > 0) {
      connection.onCodeAction(async (params, token) =>
        (await Promise.all(this.codeActions.map((c) => c(params, token)))).flat(),
      );
      capabilities.codeActionProvider = { codeActionKinds: ['quickfix', 'refactor.rewrite', 'source'] };
    }
    if (this.codeLenses.length > 0) {
      connection.onCodeLens(async (params, token) =>
        (await Promise.all(this.codeLenses.map((c) => c(params, token)))).flat(),
      );
      capabilities.codeLensProvider = { resolveProvider: false };
    }
    if (this.commands.size > 0) {
      connection.onExecuteCommand(async (params, token) => {
        const handler = this.commands.get(params.command);
        if (!handler) throw new Error(`unknown command ${params.command}`);
        return handler(params.arguments ?? [], token);
      });
      capabilities.executeCommandProvider = { commands: [...this.commands.keys()] };
    }
    return capabilities;
  }
}

function mergeHovers(hovers: readonly (Hover | null | undefined)[]): Hover | null {
  const present = hovers.filter((h): h is Hover => Boolean(h));
  if (present.length === 0) return null;
  if (present.length === 1) return present[0];
  const markdown = present.map((h) =>
    typeof h.contents === 'object' && 'kind' in h.contents ? (h.contents as MarkupContent).value : String(h.contents),
  );
  return { contents: { kind: 'markdown', value: markdown.join('\n\n---\n\n') }, range: present[0].range };
}
