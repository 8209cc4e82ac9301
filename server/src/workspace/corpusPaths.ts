import * as path from 'path';
import { Minimatch } from 'minimatch';

export type Warn = (message: string) => void;

/** Where to look for corpus files: a folder or file, and for a glob the test its files must pass. */
export interface CorpusRoot {
  /** The path as the settings give it, for warnings. */
  readonly pattern: string;
  /** The folder (or file) the listing starts from. */
  readonly base: string;
  /** Absent: everything under `base`. */
  readonly matches?: (file: string) => boolean;
}

/**
 * Matching is a regular expression per path segment, and a segment with many stars backtracks
 * polynomially in the length of a file name (three stars already take seconds on a 240-character
 * name): more than two in one segment are refused. Patterns are short and expand to few.
 */
const MAX_STARS_PER_SEGMENT = 2;
const MAX_PATTERN_LENGTH = 1000;
const MAX_ALTERNATIVES = 64;
const GLOB_OPTIONS = { noext: true, nocomment: true, nonegate: true, windowsPathsNoEscape: path.sep === '\\' } as const;

function toSlashes(file: string): string {
  return path.sep === '\\' ? file.split(path.sep).join('/') : file;
}

/** How many patterns `{a,b}{c,d}` braces expand to, at most: counted without expanding. */
function alternatives(pattern: string): number {
  let product = 1;
  const commas: number[] = [];
  for (const char of pattern) {
    if (char === '{') commas.push(0);
    else if (char === ',' && commas.length > 0) commas[commas.length - 1]++;
    else if (char === '}' && commas.length > 0) product *= commas.pop()! + 1;
    if (product > MAX_ALTERNATIVES) break;
  }
  return product;
}

/** Why the glob is refused, or undefined if it can be used. */
function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (alternatives(glob) > MAX_ALTERNATIVES) return `expands to more than ${MAX_ALTERNATIVES} patterns`;
  if (
    glob
      .split(/[\\/]/)
      .some((segment) => segment !== '**' && (segment.match(/\*+/g)?.length ?? 0) > MAX_STARS_PER_SEGMENT)
  ) {
    return `has more than ${MAX_STARS_PER_SEGMENT} "*" in one folder or file name, which could take minutes to match`;
  }
  return undefined;
}

/** A matcher for an absolute glob, or a warning's reason. */
function matcherOf(glob: string): ((file: string) => boolean) | string {
  const problem = globProblem(glob);
  if (problem) return problem;
  let matcher: Minimatch;
  try {
    matcher = new Minimatch(toSlashes(glob), GLOB_OPTIONS);
  } catch (error) {
    return `is not a valid glob (${(error as Error).message})`;
  }
  // minimatch turns a class it cannot read ("[z-a]") into "$.", which matches nothing: say so rather than find nothing.
  const neverMatches = matcher.set.some((alternative) =>
    alternative.some((segment) => segment instanceof RegExp && segment.source.includes('$.')),
  );
  if (neverMatches) return 'is not a valid glob (a [ ] class that matches nothing)';
  return (file) => matcher.match(toSlashes(file));
}

/**
 * The roots to list for `corpus.paths`: a relative path is taken in each workspace folder (never
 * in the server's working directory); a glob is checked before use, and a glob that cannot be
 * used is a warning naming it, not a failure of the others.
 */
export function corpusRoots(patterns: readonly string[], folders: readonly string[], warn: Warn): CorpusRoot[] {
  const roots: CorpusRoot[] = [];
  for (const pattern of patterns) {
    if (pattern.trim() === '') continue;
    const absolutes = path.isAbsolute(pattern) ? [pattern] : folders.map((folder) => path.join(folder, pattern));
    if (absolutes.length === 0)
      warn(`Corpus path ${pattern} is relative and there is no workspace folder to take it in; skipped.`);
    for (const absolute of absolutes) {
      const wildcard = absolute.search(/[*?[{]/);
      if (wildcard < 0) {
        roots.push({ pattern, base: path.normalize(absolute) });
        continue;
      }
      const matches = matcherOf(absolute);
      if (typeof matches === 'string') {
        warn(`Corpus path ${pattern} ${matches}; skipped.`);
        break;
      }
      const base = absolute.slice(0, Math.max(absolute.lastIndexOf(path.sep, wildcard), 0) + 1) || path.sep;
      roots.push({ pattern, base, matches });
    }
  }
  return roots;
}
