/**
 * The six UN languages: each one's conventions in one place (en.ts … zh.ts, their lexicons learnt by
 * scripts/languageLexicon.ts), the language of a draft found from its text, and the openings and
 * formulas of the five besides English compiled for the parser.
 */
import { compileLexicon, LexiconForm, PhraseMatch } from '../model/lexicon';
import { ARABIC } from './ar';
import { ENGLISH } from './en';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import { RUSSIAN } from './ru';
import type { LanguageCode, LanguageConventions } from './types';
import { CHINESE } from './zh';

export type { CitationGrammar, LanguageCode, LanguageConventions } from './types';

export const LANGUAGES: Readonly<Record<LanguageCode, LanguageConventions>> = {
  en: ENGLISH,
  fr: FRENCH,
  es: SPANISH,
  ru: RUSSIAN,
  ar: ARABIC,
  zh: CHINESE,
};

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LANGUAGES, value);
}

/** How much of a draft is read to tell its language: the title block, the formula, the first paragraphs. */
const SAMPLE = 3000;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/**
 * The language a draft is written in, from its first characters: the script (Arabic, Chinese,
 * Cyrillic), then, among the Latin ones, the enacting formula or else the commonest small words.
 * One pass over a bounded sample: constant time, whatever the draft's length.
 */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.slice(0, SAMPLE);
  let arabic = 0;
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  let accented = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0xc0 && c <= 0x17f) accented++;
  }
  // A Chinese character is a word: weigh it as four letters.
  const best = Math.max(arabic, han * 4, cyrillic, latin);
  // French and Spanish write accents within their first lines ("résolution", "Naciones"… "resolución"): without
  // one, the text is English, and the formula and word counts (a fifth of a small file's parse) are spared.
  if (best === latin && accented === 0) return 'en';
  if (best === 0 || best === latin) {
    const formula = FORMULA.exec(sample.match(FORMULA_LINE)?.[0] ?? '');
    if (formula) return formulaLanguage.get(formula[1].replace(MARKS, '').replace(/\s+/g, ' ')) ?? 'en';
    const en = count(ENGLISH.markers, sample);
    const fr = count(FRENCH.markers, sample);
    const es = count(SPANISH.markers, sample);
    return fr > en && fr >= es ? 'fr' : es > en && es > fr ? 'es' : 'en';
  }
  return best === arabic ? 'ar' : best === cyrillic ? 'ru' : 'zh';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Vowel marks and the tatweel, which Arabic texts write or leave out at will. */
const MARKS = /[\p{M}\u0640]/gu;
/** Each letter of a phrase with its marks optional, and spaces any run of spaces: "وإدراكاً منها" as "وإدراكا منها". */
const marksOptional = (phrase: string, space = '\\s+'): string =>
  [...phrase.replace(MARKS, '')].map((c) => (c === ' ' ? space : `${escape(c)}[\\p{M}\\u0640]*`)).join('');

/** Every formula of the five languages besides English, to the language that writes it. */
const formulaLanguage = new Map<string, LanguageCode>(
  Object.values(LANGUAGES)
    .filter((l) => l.code !== 'en')
    .flatMap((l) => l.formulas.map((f) => [f.replace(/\s+/g, ' '), l.code] as const)),
);
/**
 * A formula alone on its line, with its punctuation: "إن الجمعية العامة،", "大会，",
 * "Совет Безопасности,".
 */
const FORMULA = new RegExp(
  `^[*_]?(${[...formulaLanguage.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) =>
      LANGUAGES[formulaLanguage.get(f) ?? 'en'].marksOptional
        ? marksOptional(f, '[ \\t\\u00a0]+')
        : escape(f).replace(/ /g, '[ \\t\\u00a0]+'),
    )
    .join('|')})[*_]*[ \\t\\u00a0]*[,،，:：;]?[*_]*[ \\t\\u00a0\\u200e\\u200f]*$`,
  'u',
);
const FORMULA_LINE = new RegExp(
  FORMULA.source.replace(/^\^/, '(?<=^|\\n)[ \\t]*').replace(/\$$/, '(?=\\r?\\n|$)'),
  'u',
);

/** Whether `text` is the enacting formula of a draft in French, Spanish, Russian, Arabic or Chinese. */
export function isForeignFormula(text: string): boolean {
  return text.length <= 80 && FORMULA.test(text);
}

/** The closing meeting line of any of the five languages besides English. */
const CLOSING = new RegExp(
  Object.values(LANGUAGES)
    .flatMap((l) => (l.closing ? [`(?:${l.closing.source})`] : []))
    .join('|'),
  'u',
);

/** Whether `text` opens with the meeting line that closes an adopted text in a language besides English. */
export function isForeignClosing(text: string): boolean {
  return CLOSING.test(text);
}

const FOREIGN_MONTHS = Object.values(LANGUAGES)
  .filter((l) => l !== ENGLISH)
  .flatMap((l) => l.months.filter((month) => /^\p{L}/u.test(month)))
  .map((month) => month.replace(/[/.]/g, '\\$&'))
  .join('|');
/**
 * A date alone in another language, closing a text no meeting adopted (a silence procedure): "28 мая 2020 года",
 * "28 mai 2020", "28 de mayo de 2020", "28 أيار/مايو 2020", "2020年5月28日".
 */
const SPACE = '[ \\t\\u00a0]+';
const DATE_ALONE = new RegExp(
  `^(?:\\d{1,2}(?:er)?${SPACE}(?:de${SPACE})?(?:${FOREIGN_MONTHS})${SPACE}(?:de${SPACE})?\\d{4}` +
    `(?:${SPACE}(?:года|г\\.))?|\\d{4}年\\d{1,2}月\\d{1,2}日)$`,
  'iu',
);

/** Whether `text` is a date alone, written as a language besides English writes it. */
export function isForeignDateAlone(text: string): boolean {
  return text.length <= 40 && DATE_ALONE.test(text);
}

/** Every language's marks that end a clause besides the Latin ones, for texts of any language: "،؛，；。：". */
export const CLAUSE_MARKS = [...new Set(Object.values(LANGUAGES).flatMap((l) => [...(l.clauseMarks ?? '')]))].join('');

/** Matches a language's openings at the start of a text, as the parser's lexicon does for English. */
export interface OpeningMatcher {
  readonly preambular: (text: string) => PhraseMatch | undefined;
  readonly operative: (text: string) => PhraseMatch | undefined;
  /** Whether openings start with a capital, as English ones do. */
  readonly capitalised: boolean;
  /** A preambular paragraph's end other than English's ",", which other paragraphs end with too: "،", "，". */
  readonly preambularMark?: string;
  readonly sectionLabel?: RegExp;
  readonly runsOn?: RegExp;
}

/** Where a phrase's first word ends: at a space, or after the first character in Chinese. */
const FIRST_WORD = /^[\p{L}\p{M}’'-]+/u;
const SPACED: LexiconForm = { keyOf: (text) => FIRST_WORD.exec(text)?.[0] ?? '', end: '(?![\\p{L}\\p{M}\\p{N}-])' };
const UNSPACED: LexiconForm = { keyOf: (text) => text.charAt(0), end: '' };
/** How far into a paragraph an opening may run. */
const OPENING_REACH = 200;

/**
 * `match` on the text's start without its vowel marks and tatweel (the phrases are compiled without them), its
 * length counted back in the text as written: "وإدراكاً منها" matches the lexicon's "وإدراكا منها".
 */
function ignoringMarks(match: (text: string) => number): (text: string) => number {
  return (text) => {
    const head = text.slice(0, OPENING_REACH);
    if (!/[\p{M}\u0640]/u.test(head)) return match(text);
    let bare = '';
    const at: number[] = [];
    for (let i = 0; i < head.length; i++) {
      if (/[\p{M}\u0640]/u.test(head[i])) continue;
      at.push(i);
      bare += head[i];
    }
    at.push(head.length);
    const length = match(bare);
    return length ? at[length] : 0;
  };
}

/** The length of the phrase of `phrases` that `text` starts with, 0 if none. */
function compile(phrases: readonly string[], form: LexiconForm): (text: string) => number {
  const lexicon = compileLexicon(phrases, form);
  return (text) => lexicon.exec(text)?.[0].length ?? 0;
}

const matchers = new Map<LanguageCode, OpeningMatcher>();

/** The compiled openings of a language besides English (compiled at first use). */
export function openingMatcher(code: Exclude<LanguageCode, 'en'>): OpeningMatcher {
  const cached = matchers.get(code);
  if (cached) return cached;
  const language = LANGUAGES[code];
  const form = code === 'zh' ? UNSPACED : SPACED;
  const lexicon = (phrases: readonly string[]): ((text: string) => number) =>
    language.marksOptional
      ? ignoringMarks(compile([...new Set(phrases.map((p) => p.replace(MARKS, '')))], form))
      : compile(phrases, form);
  const preambular = lexicon(language.preambular);
  const operative = lexicon(language.operative);
  const matcher: OpeningMatcher = {
    preambular: (text) => {
      const known = preambular(text);
      if (known) return { length: known, known: true };
      // "постановляет начиная с …": a known operative verb is no preambular paragraph's manner word.
      const generic = operative(text) ? null : language.genericPreambular?.exec(text);
      return generic ? { length: generic[0].length, known: false } : undefined;
    },
    operative: (text) => {
      const known = operative(text);
      return known ? { length: known, known: true } : undefined;
    },
    capitalised: language.capitalised,
    preambularMark: language.punctuation.preambular === ',' ? undefined : language.punctuation.preambular,
    sectionLabel: language.sectionLabel,
    runsOn: language.runsOn,
  };
  matchers.set(code, matcher);
  return matcher;
}
