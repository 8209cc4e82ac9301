import type { Connection } from 'vscode-languageserver/node';
import { CHECK_CODES } from '../service/checks/diagnostic';
import { CheckOptions, Severity } from '../service';

/** The extension's settings (section "communique"), checked and with defaults. */
export interface Settings {
  /** Extra corpus folders, files and globs (`communique.corpus.paths`). */
  readonly corpusPaths: readonly string[];
  /** `communique.style` and `communique.checks.<code>`. */
  readonly checks: CheckOptions;
  /** `communique.catalogue.enabled`: hover and completion fall back on the shipped catalogue. */
  readonly catalogue: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  corpusPaths: [],
  checks: Object.freeze({ style: 'auto', severities: Object.freeze({}) }),
  catalogue: true,
});

const SEVERITIES: readonly (Severity | 'off')[] = ['off', 'error', 'warning', 'information', 'hint'];
const CODES: readonly string[] = Object.values(CHECK_CODES);

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
    checks: Object.freeze({ style, severities: Object.freeze(severities) }),
    catalogue,
  });
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
