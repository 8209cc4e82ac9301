import type { Connection } from 'vscode-languageserver/node';
import { CHECK_CODES } from '../service/checks/diagnostic';
import { CheckOptions, Severity } from '../service';
import { isLanguageCode, LanguageCode } from '../service/languages';
import { DEFAULT_MAX_FILES } from '../workspace/corpusFiles';

/** The extension's settings (section "communique"), checked and with defaults. */
export interface Settings {
  /** Extra corpus folders, files and globs (`communique.corpus.paths`). */
  readonly corpusPaths: readonly string[];
  /** At most this many corpus files are indexed (`communique.corpus.maxFiles`). */
  readonly corpusMaxFiles: number;
  /** `communique.style` and `communique.checks.<code>`. */
  readonly checks: CheckOptions;
  /** `communique.catalogue.enabled`: hover and completion fall back on the shipped catalogue. */
  readonly catalogue: boolean;
  /** `communique.language` where no draft's own resource says otherwise: a forced language, or undefined for auto. */
  readonly language?: LanguageCode;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  corpusPaths: [],
  corpusMaxFiles: DEFAULT_MAX_FILES,
  checks: Object.freeze({ style: 'auto', severities: Object.freeze({}) }),
  catalogue: true,
});

const SEVERITIES: readonly (Severity | 'off')[] = ['off', 'error', 'warning', 'information', 'hint'];
const CODES: readonly string[] = Object.values(CHECK_CODES);

/** `communique.language`: "auto" (or unset) is undefined, a language code forces that language. */
export function readLanguage(value: unknown, warn: (message: string) => void): LanguageCode | undefined {
  if (value === undefined || value === null || value === 'auto') return undefined;
  if (isLanguageCode(value)) return value;
  warn(
    `communique.language must be "auto", "en", "fr", "es", "ru", "ar" or "zh", not ${JSON.stringify(value)}; using "auto".`,
  );
  return undefined;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Turns whatever the client sent into Settings: a value of the wrong type falls back to
 * its default, and `warn` says which.
 */
export function readSettings(raw: unknown, warn: (message: string) => void): Settings {
  const section = asObject(raw);
  const corpus = asObject(section.corpus);
  let corpusPaths = DEFAULT_SETTINGS.corpusPaths;
  if (corpus.paths !== undefined) {
    if (Array.isArray(corpus.paths) && corpus.paths.every((p) => typeof p === 'string'))
      corpusPaths = corpus.paths as string[];
    else warn('communique.corpus.paths must be a list of paths; using the default (none).');
  }
  let corpusMaxFiles = DEFAULT_SETTINGS.corpusMaxFiles;
  if (corpus.maxFiles !== undefined) {
    if (Number.isSafeInteger(corpus.maxFiles) && (corpus.maxFiles as number) >= 1)
      corpusMaxFiles = corpus.maxFiles as number;
    else warn(`communique.corpus.maxFiles must be a whole number of files, at least 1; using ${DEFAULT_MAX_FILES}.`);
  }
  let style: CheckOptions['style'] = 'auto';
  if (section.style !== undefined) {
    if (section.style === 'auto' || section.style === 'un' || section.style === 'oic') style = section.style;
    else warn(`communique.style must be "auto", "un" or "oic", not ${JSON.stringify(section.style)}; using "auto".`);
  }
  const severities: Record<string, Severity | 'off'> = {};
  for (const [code, value] of Object.entries(asObject(section.checks))) {
    if (!CODES.includes(code)) warn(`communique.checks.${code}: there is no check with that code; ignored.`);
    else if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value))
      severities[code] = value as Severity | 'off';
    else warn(`communique.checks.${code} must be one of ${SEVERITIES.join(', ')}; using the check's own severity.`);
  }
  const catalogueSection = asObject(section.catalogue);
  let catalogue = DEFAULT_SETTINGS.catalogue;
  if (catalogueSection.enabled !== undefined) {
    if (typeof catalogueSection.enabled === 'boolean') catalogue = catalogueSection.enabled;
    else warn('communique.catalogue.enabled must be true or false; using true.');
  }
  return Object.freeze({
    corpusPaths,
    corpusMaxFiles,
    checks: Object.freeze({ style, severities: Object.freeze(severities) }),
    catalogue,
    language: readLanguage(section.language, warn),
  });
}

/**
 * Holds the current settings, pulled from the client when it supports configuration, and each open
 * draft's `communique.language` for its own resource (a folder's or the `[communique]` override).
 */
export class SettingsStore {
  private current: Settings = DEFAULT_SETTINGS;
  private readonly listeners: ((settings: Settings) => void)[] = [];
  private readonly languageListeners: ((uri: string) => void)[] = [];
  /** The language setting read for each open draft's resource; a draft not read yet follows `current`. */
  private readonly languages = new Map<string, LanguageCode | undefined>();

  constructor(private readonly connection: Connection) {}

  get value(): Settings {
    return this.current;
  }

  /** The language forced on the draft at `uri`, or undefined: found from its text. */
  languageOf(uri: string): LanguageCode | undefined {
    return this.languages.has(uri) ? this.languages.get(uri) : this.current.language;
  }

  onChange(listener: (settings: Settings) => void): void {
    this.listeners.push(listener);
  }

  /** Called when one draft's forced language changes without any other setting changing. */
  onLanguageChange(listener: (uri: string) => void): void {
    this.languageListeners.push(listener);
  }

  /** Re-reads every setting, and the language of each draft in `open`; the listeners hear once. */
  async refresh(supportsConfiguration: boolean, pushed?: unknown, open: readonly string[] = []): Promise<void> {
    let raw: unknown = pushed;
    if (supportsConfiguration) {
      raw = await this.connection.workspace.getConfiguration('communique').then(
        (value) => value,
        () => undefined,
      );
      await Promise.all(open.map((uri) => this.fetchLanguage(uri)));
    } else this.languages.clear();
    this.current = readSettings(raw, this.warn);
    for (const listener of this.listeners) listener(this.current);
  }

  /** Reads the language setting of a draft just opened; its listeners hear if it is not what the draft had. */
  async readLanguage(uri: string): Promise<void> {
    const before = this.languageOf(uri);
    await this.fetchLanguage(uri);
    if (this.languageOf(uri) !== before) for (const listener of this.languageListeners) listener(uri);
  }

  forget(uri: string): void {
    this.languages.delete(uri);
  }

  private readonly warn = (message: string): void => this.connection.console.warn(message);

  private async fetchLanguage(uri: string): Promise<void> {
    const value: unknown = await this.connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'communique.language' })
      .then(
        (v) => v,
        () => undefined,
      );
    this.languages.set(uri, readLanguage(value, this.warn));
  }
}
