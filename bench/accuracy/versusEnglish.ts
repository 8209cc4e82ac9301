/**
 * The citations read in one language version beside those read in the English version of the same resolution
 * (issue 16: "the citations found are those found in the English version"). Each document is paired with the
 * English document of its symbol; on each side the set of distinct symbols the recogniser finds in the clean
 * rendering (keys of `symbolKey`: capitals, no spaces, a Council resolution without its year; the document's own
 * symbol left out) is compared as a set, so a citation repeated in one version and not the other counts once.
 */
import * as fs from 'fs';
import * as path from 'path';
import { recogniseCitations } from '../../server/src/service/citations/recognise';
import { parseDraft } from '../../server/src/service/model/parser';
import { readCorpus } from './corpus';
import { render } from './layouts';
import { DocumentScore, symbolKey } from './measure';

/** Over the documents with an English version: the symbols each side cites, and those both cite. */
export interface EnglishComparison {
  readonly paired: number;
  /** Documents of the language with no English version found. */
  readonly unpaired: number;
  readonly english: number;
  readonly found: number;
  readonly shared: number;
  /** Per document with a difference: the symbols one side cites and the other does not. */
  readonly differences: readonly { symbol: string; onlyEnglish: readonly string[]; onlyHere: readonly string[] }[];
}

/** The cited symbols of each English document, by its symbol's key, read from the clean rendering. */
export type EnglishCitations = ReadonlyMap<string, ReadonlySet<string>>;

export function readEnglishCitations(dir: string, symbols: ReadonlySet<string>): EnglishCitations {
  const cited = new Map<string, ReadonlySet<string>>();
  for (const d of readCorpus(dir, 'eng').documents) {
    const own = symbolKey(d.gold.symbol);
    if (!symbols.has(own) || cited.has(own)) continue;
    const doc = parseDraft(render(d.gold, 'clean', path.basename(d.file)).text);
    cited.set(
      own,
      new Set(
        recogniseCitations(doc)
          .map((c) => symbolKey(c.symbol))
          .filter((key) => key !== own),
      ),
    );
  }
  return cited;
}

/**
 * The English folder beside a language's: "/tmp/unxml-dev" for "/tmp/unxml-dev-fra"; a folder holding every
 * language (the committed sample) is its own.
 */
export function englishFolder(dir: string, language: string): string {
  const sibling = dir.replace(new RegExp(`-${language}$`), '');
  return sibling !== dir && fs.existsSync(sibling) ? sibling : dir;
}

export function compareWithEnglish(scores: readonly DocumentScore[], english: EnglishCitations): EnglishComparison {
  let paired = 0;
  let englishCount = 0;
  let found = 0;
  let shared = 0;
  const differences: { symbol: string; onlyEnglish: string[]; onlyHere: string[] }[] = [];
  for (const s of scores) {
    const theirs = english.get(symbolKey(s.symbol));
    if (!theirs) continue;
    paired++;
    const ours = new Set(s.cited);
    const both = [...ours].filter((key) => theirs.has(key)).length;
    englishCount += theirs.size;
    found += ours.size;
    shared += both;
    if (both < theirs.size || both < ours.size)
      differences.push({
        symbol: s.symbol,
        onlyEnglish: [...theirs].filter((key) => !ours.has(key)),
        onlyHere: [...ours].filter((key) => !theirs.has(key)),
      });
  }
  return { paired, unpaired: scores.length - paired, english: englishCount, found, shared, differences };
}
