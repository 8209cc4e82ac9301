import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

/** Files a corpus folder may hold drafts in. */
const DRAFT_FILE = /\.(communique|resolution|txt)$/i;
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_FILES_PER_ROOT = 200_000;

export type Warn = (message: string) => void;

/** "a/b/*.txt", "drafts/**": a root folder to walk and a test for the files under it. */
function globRoot(pattern: string): { root: string; accept: (file: string) => boolean } {
  const wildcard = pattern.search(/[*?[]/);
  if (wildcard < 0) return { root: pattern, accept: () => true };
  const root = pattern.slice(0, pattern.lastIndexOf(path.sep, wildcard) + 1) || '.';
  const source = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*\*\/?/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '.*');
  const regex = new RegExp(`^${source}$`);
  return { root, accept: (file) => regex.test(file) };
}

/**
 * The draft files under the given folders, files or globs. Symbolic links are not followed
 * (no loops), hidden folders and node_modules are passed over, a missing folder is a warning.
 */
export function listCorpusFiles(roots: readonly string[], warn: Warn): string[] {
  const files = new Set<string>();
  for (const pattern of roots) {
    const { root, accept } = globRoot(pattern);
    let count = 0;
    const walk = (dir: string): void => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        warn(`Corpus folder ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); skipped.`);
        return;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
        else if (entry.isFile() && DRAFT_FILE.test(entry.name) && accept(full) && count++ < MAX_FILES_PER_ROOT) files.add(full);
      }
    };
    let stat: fs.Stats;
    try {
      stat = fs.statSync(root);
    } catch {
      warn(`Corpus path ${pattern} does not exist; skipped.`);
      continue;
    }
    if (stat.isDirectory()) walk(root);
    else if (stat.isFile()) files.add(root);
    if (count > MAX_FILES_PER_ROOT) warn(`Corpus path ${pattern} holds more than ${MAX_FILES_PER_ROOT} drafts; the rest are not indexed.`);
  }
  return [...files];
}

/**
 * Reads a corpus file as text, or says why not: too large, binary (a NUL byte), unreadable.
 * Invalid UTF-8 is decoded with replacement characters, with a warning.
 */
export function readCorpusFile(file: string, warn: Warn, maxBytes = DEFAULT_MAX_FILE_BYTES): string | undefined {
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) {
      warn(`Corpus file ${file} is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB limit; skipped.`);
      return undefined;
    }
    const bytes = fs.readFileSync(file);
    if (bytes.subarray(0, 8192).includes(0)) {
      warn(`Corpus file ${file} is binary; skipped.`);
      return undefined;
    }
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      warn(`Corpus file ${file} is not valid UTF-8; read with replacement characters.`);
      return bytes.toString('utf8');
    }
  } catch (error) {
    warn(`Corpus file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); skipped.`);
    return undefined;
  }
}

export function filePathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
