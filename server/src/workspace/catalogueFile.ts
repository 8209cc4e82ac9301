/**
 * The shipped catalogue's file, read and unzipped the first time a hover or a completion asks for it (not at
 * start-up: most sessions never need it), then kept. A missing or corrupt file is no catalogue, said once.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Catalogue, EMPTY_CATALOGUE, parseCatalogue } from '../service/corpus/catalogue';

/** Where the build puts it beside the bundles: dist/server.js → server/catalogue/. */
export const SHIPPED_CATALOGUE = path.join(__dirname, '..', 'server', 'catalogue', 'un-resolutions.tsv.gz');

export function readCatalogueFile(file: string, warn: (message: string) => void): Catalogue {
  try {
    return parseCatalogue(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'), (m) => warn(`${file}: ${m}`));
  } catch (error) {
    warn(`${file}: the catalogue could not be read (${(error as Error).message}); hover knows the corpus only`);
    return EMPTY_CATALOGUE;
  }
}

/** A catalogue that reads `file` on first use; `enabled` is asked each time (the setting may change). */
export function lazyCatalogue(file: string, enabled: () => boolean, warn: (message: string) => void): Catalogue {
  let read: Catalogue | undefined;
  const catalogue = (): Catalogue => (enabled() ? (read ??= readCatalogueFile(file, warn)) : EMPTY_CATALOGUE);
  return { about: (symbol) => catalogue().about(symbol), symbols: () => catalogue().symbols() };
}
