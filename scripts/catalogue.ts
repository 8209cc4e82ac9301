/**
 * Builds the shipped catalogue (server/catalogue/un-resolutions.tsv.gz) from the UN's repositories:
 *
 *   npm run catalogue -- GA_GIT_OR_DIR SC_GIT_OR_DIR [OUT]
 *
 * Each argument is a clone's folder (a work tree) or a bare git directory, read at HEAD. The records come from
 * the UNxml data_extract JSON (title, date, meeting, vote, sponsors, agenda item); the language versions from
 * the XML files' places (<session>/<Language>/<symbol>-<job>.xml); a resolution with files but no record is
 * described by its English AKN file. No text is kept.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { LANGUAGE_FOLDERS } from '../bench/accuracy/corpus';
import { CatalogueEntry, formatCatalogue } from '../server/src/service/corpus/catalogue';
import { canonicalSymbol, DocumentMetadata, symbolParts } from '../server/src/service/corpus/metadata';
import { akomaNtosoReader } from '../server/src/workspace/readers/akomaNtoso';
import { dataExtractReader } from '../server/src/workspace/readers/dataExtract';

export const CATALOGUE_PATH = path.join(__dirname, '..', '..', 'server', 'catalogue', 'un-resolutions.tsv.gz');

/** A repository's files at HEAD, read from a bare git directory or a folder. */
interface Tree {
  readonly files: readonly string[];
  read(file: string): Buffer;
}

function isGitDirectory(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'HEAD')) && fs.existsSync(path.join(dir, 'objects'));
}

function treeOf(dir: string): Tree {
  if (isGitDirectory(dir)) {
    const git = (...args: string[]): Buffer => execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 1 << 30 });
    const files = git('ls-tree', '-r', '-z', '--name-only', 'HEAD').toString('utf8').split('\0').filter(Boolean);
    return { files: files.filter((f) => !inAcceptanceSet(f)), read: (file) => git('show', `HEAD:${file}`) };
  }
  const files: string[] = [];
  const walk = (at: string): void => {
    for (const e of fs.readdirSync(path.join(dir, at), { withFileTypes: true })) {
      const rel = at ? `${at}/${e.name}` : e.name;
      if (e.isDirectory() && e.name !== '.git') walk(rel);
      else if (e.isFile()) files.push(rel);
    }
  };
  walk('');
  return {
    files: files.filter((f) => !inAcceptanceSet(f)).sort(),
    read: (file) => fs.readFileSync(path.join(dir, file)),
  };
}

/** The UN's six in their own order, then German. */
const LANGUAGE_ORDER = ['ara', 'zho', 'eng', 'fra', 'rus', 'spa', 'deu'];

/**
 * "A_RES_78_10-2323443A.xml", "75_101A-B_F.xml" (session 75), "S_RES_2618 (2022)-2201005A.xml",
 * "S_RES_2086_1321160e.xml" → the resolution's symbol; a draft that was not adopted ("S_2023_970") is none.
 */
const ASSEMBLY_FILE = /^(?:A_RES_)?((?:ES-)?\d{1,3})_(\d{1,4})(?!\d).*\.xml$/i;
const COUNCIL_FILE = /^S_RES[_-](\d{1,5})(?!\d).*\.xml$/i;

function symbolOfFile(name: string): string | undefined {
  const ga = ASSEMBLY_FILE.exec(name);
  if (ga) return `A/RES/${ga[1]}/${ga[2]}`;
  const sc = COUNCIL_FILE.exec(name);
  return sc ? `S/RES/${sc[1]}` : undefined;
}

/** A resolution's language versions and its English file, by where the repository keeps them. */
function filesBySymbol(tree: Tree): Map<string, { languages: Set<string>; english?: string }> {
  const out = new Map<string, { languages: Set<string>; english?: string }>();
  for (const file of tree.files) {
    const parts = file.split('/');
    const symbol = symbolOfFile(parts[parts.length - 1]);
    if (!symbol) continue;
    // The Council's Pre-2020 folder holds English only, by year.
    const language = parts.length >= 3 ? (LANGUAGE_FOLDERS[parts[parts.length - 2]] ?? 'eng') : 'eng';
    let held = out.get(symbol);
    if (!held) out.set(symbol, (held = { languages: new Set() }));
    held.languages.add(language);
    if (language === 'eng') held.english ??= file;
  }
  return out;
}

const DATA_EXTRACT = /^data_extract\/[^/]+\.json$/;

/**
 * The General Assembly's 80th session on and the Council's 2025 on are the project's acceptance set: the
 * catalogue is built without reading them, so that no answer on those texts comes from their own records.
 */
export function inAcceptanceSet(file: string): boolean {
  const top = /^(?:data_extract\/)?(\d+)(session)?(?:\/|\.json$)/.exec(file);
  if (!top) return false;
  const n = Number(top[1]);
  return n >= 2025 || (n >= 80 && n < 1000);
}

/** Every resolution of one repository: its data_extract records, completed from its English files. */
export function repositoryEntries(tree: Tree): CatalogueEntry[] {
  const records = new Map<string, DocumentMetadata>();
  for (const file of tree.files.filter((f) => DATA_EXTRACT.test(f))) {
    const read = dataExtractReader.read(tree.read(file), file);
    for (const r of 'then' in read ? [] : (read.metadata ?? [])) if (!records.has(r.symbol)) records.set(r.symbol, r);
  }
  const files = filesBySymbol(tree);
  for (const [symbol, held] of files) {
    if (records.has(symbol) || !held.english) continue;
    const read = akomaNtosoReader.read(tree.read(held.english), held.english);
    const own = 'then' in read ? undefined : read.metadata?.[0];
    // "75_101A-B_E.xml" is A/RES/75/101 A-B, which the records describe, and no resolution "75/101" of its own.
    const described = own && [own.symbol, ...symbolParts(own.symbol)].some((s) => s !== symbol && records.has(s));
    if (own && !described) records.set(symbol, { ...own, ...canonicalSymbol(symbol), language: undefined });
  }
  return [...records.values()].map((record) => ({
    record,
    // "A/RES/75/101 A-B": the parts share one file.
    languages: LANGUAGE_ORDER.filter((l) =>
      files.get(record.symbol.replace(/ [A-Z](?:-[A-Z])?$/, ''))?.languages.has(l),
    ),
  }));
}

/** "A/RES/78/10" → [0, 78, 10]; "A/RES/ES-11/1" → [1, 11, 1]; "S/RES/2619" → [2, 0, 2619]. */
function order(symbol: string): number[] {
  const ga = /^A\/RES\/(ES-)?(\d+)\/(\d+)/.exec(symbol);
  if (ga) return [ga[1] ? 1 : 0, Number(ga[2]), Number(ga[3])];
  const sc = /^S\/RES\/(\d+)/.exec(symbol);
  return sc ? [2, 0, Number(sc[1])] : [3, 0, 0];
}

function compare(a: CatalogueEntry, b: CatalogueEntry): number {
  const x = order(a.record.symbol);
  const y = order(b.record.symbol);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.record.symbol.localeCompare(b.record.symbol);
}

export const NOTICE: readonly string[] = [
  'Catalogue of United Nations General Assembly and Security Council resolutions: metadata only, no texts.',
  'Source: United Nations (Department for General Assembly and Conference Management), the UNxml repositories',
  'github.com/UNxml/GAresolutions and github.com/UNxml/SCresolutions (data_extract records and AKN4UN file lists).',
  'The United Nations makes no warranties as to the accuracy or completeness of this information.',
  'Rebuilt by `npm run catalogue -- GA_CLONE SC_CLONE` (scripts/catalogue.ts).',
];

/** The catalogue's file: the rows of both repositories, sorted, gzipped (deterministically: no name, no time). */
export function buildCatalogue(repositories: readonly string[]): { bytes: Buffer; entries: number } {
  const entries = repositories.flatMap((dir) => repositoryEntries(treeOf(dir))).sort(compare);
  const text = formatCatalogue(NOTICE, entries);
  return { bytes: zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }), entries: entries.length };
}

if (require.main === module) {
  const [ga, sc, out = CATALOGUE_PATH] = process.argv.slice(2);
  if (!ga || !sc) {
    console.error('usage: npm run catalogue -- GA_GIT_OR_DIR SC_GIT_OR_DIR [OUT]');
    process.exit(2);
  }
  const { bytes, entries } = buildCatalogue([ga, sc]);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  console.log(`${out}: ${entries} resolutions, ${(bytes.length / 1024).toFixed(0)} KB`);
}
