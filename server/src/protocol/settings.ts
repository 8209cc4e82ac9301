import type { Connection } from 'vscode-languageserver/node';

/** The extension's settings (section "communique"), checked and with defaults. */
export interface Settings {
  /** Extra corpus folders, files and globs (`communique.corpus.paths`). */
  readonly corpusPaths: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ corpusPaths: [] });

/**
 * Turns whatever the client sent into Settings: a value of the wrong type falls back to
 * its default, and `warn` says which.
 */
export function readSettings(raw: unknown, warn: (message: string) => void): Settings {
  const section = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const corpus = section.corpus !== null && typeof section.corpus === 'object' ? (section.corpus as Record<string, unknown>) : {};
  let corpusPaths = DEFAULT_SETTINGS.corpusPaths;
  if (corpus.paths !== undefined) {
    if (Array.isArray(corpus.paths) && corpus.paths.every((p) => typeof p === 'string')) corpusPaths = corpus.paths as string[];
    else warn('communique.corpus.paths must be a list of paths; using the default (none).');
  }
  return Object.freeze({ corpusPaths });
}

/** Holds the current settings, pulled from the client when it supports configuration. */
export class SettingsStore {
  private current: Settings = DEFAULT_SETTINGS;
  private readonly listeners: ((settings: Settings) => void)[] = [];

  constructor(private readonly connection: Connection) {}

  get value(): Settings {
    return this.current;
  }

  onChange(listener: (settings: Settings) => void): void {
    this.listeners.push(listener);
  }

  async refresh(supportsConfiguration: boolean, pushed?: unknown): Promise<void> {
    let raw: unknown = pushed;
    if (supportsConfiguration) {
      raw = await this.connection.workspace.getConfiguration('communique').then(
        (value) => value,
        () => undefined,
      );
    }
    this.current = readSettings(raw, (message) => this.connection.console.warn(message));
    for (const listener of this.listeners) listener(this.current);
  }
}
