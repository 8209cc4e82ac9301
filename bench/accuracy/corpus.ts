/**
 * The AKN files of a folder (a checkout of UNxml/GAresolutions or SCresolutions, the committed
 * sample, or any folder of AKN4UN files), read once, in one language, one file per symbol.
 */
import * as fs from 'fs';
import * as path from 'path';
import { AknDocument, readAkn } from '../../server/src/workspace/readers/aknDocument';

export interface CorpusDocument {
  /** Relative to the folder read. */
  readonly file: string;
  readonly gold: AknDocument;
}

export interface Corpus {
  readonly documents: readonly CorpusDocument[];
  /** Files that are not AKN resolutions this reader knows, with the reason. */
  readonly skipped: readonly { file: string; reason: string }[];
}

/** Folder names of the UN's language versions, and the codes of their FRBRlanguage. */
export const LANGUAGE_FOLDERS: Readonly<Record<string, string>> = {
  English: 'eng',
  French: 'fra',
  Spanish: 'spa',
  Russian: 'rus',
  Chinese: 'zho',
  Arabic: 'ara',
  German: 'deu',
};

function xmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) xmlFiles(full, out);
    else if (entry.name.endsWith('.xml')) out.push(full);
  }
  return out;
}

/** The language a file's folder names, if one does. */
function folderLanguage(relative: string): string | undefined {
  for (const part of relative.split(path.sep)) if (LANGUAGE_FOLDERS[part]) return LANGUAGE_FOLDERS[part];
  return undefined;
}

/** Reads every AKN file under `dir` in `language` ("eng"; "all" for every language). */
export function readCorpus(dir: string, language = 'eng'): Corpus {
  const documents: CorpusDocument[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const seen = new Set<string>();
  const files = fs.statSync(dir).isFile() ? [dir] : xmlFiles(dir);
  const base = fs.statSync(dir).isFile() ? path.dirname(dir) : dir;
  for (const full of files) {
    const file = path.relative(base, full);
    const folder = folderLanguage(file);
    if (language !== 'all' && folder && folder !== language) continue;
    let gold: AknDocument;
    try {
      gold = readAkn(fs.readFileSync(full, 'utf8'));
    } catch (error) {
      skipped.push({ file, reason: (error as Error).message.split('\n')[0] });
      continue;
    }
    if (language !== 'all' && gold.language !== language) continue;
    // Presidential statements and other documents have no preamble and operative part to score.
    if (!gold.symbol.includes('/RES/') || gold.body.length === 0) {
      skipped.push({ file, reason: gold.symbol ? `${gold.symbol} is not a resolution` : 'no symbol' });
      continue;
    }
    // Some years hold one resolution under two file names.
    const id = `${gold.language} ${gold.symbol}`;
    if (seen.has(id)) continue;
    seen.add(id);
    documents.push({ file, gold });
  }
  return { documents, skipped };
}
