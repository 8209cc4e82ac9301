/**
 * Learns the lexicon of one language from the UN's adopted texts in that language: the enacting
 * formulas, and the preambular and operative openings (the words the UN sets in italics at the start
 * of a paragraph; for Chinese, which has no italics, the leading characters many paragraphs share, cut
 * where what follows varies). Writes server/src/service/languages/lexicons/<code>.ts.
 * Development set only (GA sessions 74-79, SC to 2024): materialise it first with
 * `LANGUAGE=French bench/accuracy/fetchDevSet.sh` (or Spanish, Russian, Arabic, Chinese), then
 * `npm run lexicon -- fra /tmp/unxml-dev-fra`.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { GoldBlock } from '../server/src/workspace/readers/aknDocument';
import { readCorpus } from '../bench/accuracy/corpus';

/** The service's language codes, by the AKN's FRBRlanguage. */
const CODES: Record<string, string> = { fra: 'fr', spa: 'es', rus: 'ru', ara: 'ar', zho: 'zh' };
/** An opening must occur this often in the corpus to be kept: rarer ones are a paragraph's own words. */
const MIN_COUNT = 3;
/** Chinese: the paragraphs that share a prefix, and the different characters that follow it. */
const MIN_SHARED = 8;
const MIN_FOLLOWERS = 4;
const MAX_CHINESE = 6;
/** A paragraph none of those prefixes opens: its longest prefix that many others share, up to this length. */
const MAX_CHINESE_PHRASE = 8;

type Counts = Map<string, number>;

function add(counts: Counts, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Marks of direction and other invisible characters the UN's files carry in some paragraphs. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The italic words at the start of the paragraph, without their punctuation; at most six words. */
function italicOpening(block: GoldBlock): string | undefined {
  const first = block.text.italic[0];
  if (!first || first.start > 0) return undefined;
  // Italics that stop inside a word ("<i>ссылаясь н</i>а") cover the whole word: the opening is "ссылаясь на".
  const text = block.text.text;
  let end = first.end;
  while (end < text.length && /[\p{L}\p{M}]/u.test(text[end])) end++;
  const phrase = text
    .slice(0, end)
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s,;:،؛.]+$/u, '')
    .trim();
  // Not the heading of a table's notes ("Abréviations"), not numbers.
  const words = phrase.split(' ').length;
  return phrase && words <= 6 && !/\d/.test(phrase) && !/^(?:Abr|Сокр|المختصرات)/u.test(phrase) ? phrase : undefined;
}

/** Leading characters shared by many paragraphs, after which the text goes many ways. */
function sharedPrefixes(texts: readonly string[]): string[] {
  const shared: Counts = new Map();
  const followers = new Map<string, Set<string>>();
  for (const t of texts) {
    for (let n = 1; n <= MAX_CHINESE && n < t.length; n++) {
      const prefix = t.slice(0, n);
      if (/[\p{P}\d\s]/u.test(prefix[n - 1])) break;
      add(shared, prefix);
      const next = followers.get(prefix) ?? new Set<string>();
      next.add(t[n]);
      followers.set(prefix, next);
    }
  }
  const kept = new Set(
    [...shared].filter(([p, n]) => n >= MIN_SHARED && (followers.get(p)?.size ?? 0) >= MIN_FOLLOWERS).map(([p]) => p),
  );
  // "极为关切地注意到", "根据《联合国宪章》": an opening many paragraphs share whole, with no branching to cut it at.
  const rest = texts.filter((t) => ![...kept].some((p) => t.startsWith(p)));
  const whole: Counts = new Map();
  const heads = rest.map((t) => {
    let n = 0;
    while (n < MAX_CHINESE_PHRASE && n < t.length && !/[\p{P}\d\s]/u.test(t[n])) n++;
    for (let k = 2; k <= n; k++) add(whole, t.slice(0, k));
    return t.slice(0, n);
  });
  for (const head of heads) {
    let n = head.length;
    while (n >= 2 && (whole.get(head.slice(0, n)) ?? 0) < MIN_SHARED) n--;
    if (n >= 2) kept.add(head.slice(0, n));
  }
  return [...kept];
}

/**
 * The openings seen often enough, less those the other kind opens more often: "настоятельно призывает" over a few
 * operative paragraphs the gold marks preambular is the operative part's, and the parser must not read it so.
 */
function frequent(counts: Counts, other: Counts = new Map()): string[] {
  return [...counts]
    .filter(([p, n]) => n >= MIN_COUNT && n >= (other.get(p) ?? 0))
    .map(([p]) => p)
    .sort((a, b) => a.localeCompare(b, 'en'));
}

function main(argv: readonly string[]): void {
  const [language, ...dirs] = argv;
  const code = CODES[language];
  if (!code || dirs.length === 0) {
    console.error('usage: languageLexicon fra|spa|rus|ara|zho DIR…');
    process.exit(2);
  }
  const formulas: Counts = new Map();
  const preambular: Counts = new Map();
  const operative: Counts = new Map();
  const plain: Record<'preambular' | 'operative', string[]> = { preambular: [], operative: [] };
  let documents = 0;
  for (const dir of dirs) {
    for (const { gold } of readCorpus(dir, language).documents) {
      documents++;
      for (const block of gold.body) {
        if (block.kind === 'formula')
          add(
            formulas,
            block.text.text
              .replace(INVISIBLE, '')
              .replace(/[\s,;:،，：]+$/u, '')
              .trim(),
          );
        if (block.kind !== 'preambular' && block.kind !== 'operative') continue;
        const opening = italicOpening(block);
        if (opening) add(block.kind === 'preambular' ? preambular : operative, opening);
        else if (code === 'zh') plain[block.kind].push(block.text.text.replace(INVISIBLE, '').trim());
      }
    }
  }
  const lexicon = {
    formulas: frequent(formulas),
    preambular: code === 'zh' ? sharedPrefixes(plain.preambular).sort() : frequent(preambular, operative),
    operative: code === 'zh' ? sharedPrefixes(plain.operative).sort() : frequent(operative, preambular),
  };
  const out = path.resolve(__dirname, '..', '..', 'server', 'src', 'service', 'languages', 'lexicons', `${code}.ts`);
  const list = (name: string, items: readonly string[]): string =>
    `export const ${name}: readonly string[] = ${JSON.stringify(items, null, 2)};\n`;
  fs.writeFileSync(
    out,
    `// Generated by scripts/languageLexicon.ts from ${documents} adopted texts (${language}); do not edit.\n` +
      `// Regenerate: npm run lexicon -- ${language} DIR (see the script).\n\n` +
      list('FORMULAS', lexicon.formulas) +
      '\n' +
      list('PREAMBULAR', lexicon.preambular) +
      '\n' +
      list('OPERATIVE', lexicon.operative),
  );
  console.log(
    `${out}: ${lexicon.formulas.length} formulas, ${lexicon.preambular.length} preambular, ` +
      `${lexicon.operative.length} operative openings from ${documents} texts`,
  );
}

main(process.argv.slice(2));
