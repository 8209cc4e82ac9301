/**
 * A corpus generated to the parameters fitted on the real development corpus (bench/corpusModel.json,
 * written by bench/fitCorpus.ts): General Assembly and Security Council resolutions with the real
 * counts of paragraphs, paragraph lengths, openings, a Zipf vocabulary (the real most frequent words,
 * a tail of made-up words), citations at the real density and in the real mix of forms to texts
 * cited with the real skew, and a real share of paragraphs repeated word for word from earlier
 * documents (agreed language). Deterministic for a seed.
 */
import * as fs from 'fs';
import { MONTH_NAMES } from '../server/src/service/model/months';
import { toRoman } from '../server/src/service/model/subparagraphs';
import type { CitationForm, CorpusModel } from './fitCorpus';
import { MODEL_FILE } from './fitCorpus';

export interface Generated {
  readonly name: string;
  readonly text: string;
}

/** Inverse of the quantile table at `u` in [0, 1), interpolated geometrically between quantiles (long tails). */
function fromQuantiles(table: readonly number[], u: number): number {
  const at = u * (table.length - 1);
  const i = Math.floor(at);
  const low = table[i];
  const high = table[Math.min(i + 1, table.length - 1)];
  return low <= 0 ? Math.round(low + (high - low) * (at - i)) : Math.round(low * Math.pow(high / low, at - i));
}

/** Draws an index in proportion to `weights`, by binary search in their running sums. */
function weighted(weights: readonly number[]): (u: number) => number {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (sums[i] = total += w));
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums[mid] <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A Zipf rank in [0, n) with exponent s, by the inverse of the continuous power law. */
function zipfRank(u: number, n: number, s: number): number {
  if (Math.abs(s - 1) < 1e-6) return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1))) - 1);
  const a = 1 - s;
  return Math.min(n - 1, Math.max(0, Math.floor(Math.pow(u * (Math.pow(n + 1, a) - 1) + 1, 1 / a)) - 1));
}

/** Words copied at a time when fresh wording repeats earlier wording. */
const PHRASE = 12;
/** Words kept to copy from: the wording of the last few thousand documents. */
const WRITTEN_WINDOW = 2_000_000;

const SYLLABLES = ['ra', 'to', 'mi', 'ne', 'sa', 'lu', 'ko', 've', 'di', 'pa', 'ri', 'mo', 'te', 'ga', 'lo', 'ni'];
/** The made-up word of tail rank r: distinct for each rank. */
function tailWord(rank: number): string {
  let word = '';
  for (let r = rank + 16; r > 0; r = Math.floor(r / 16)) word += SYLLABLES[r % 16];
  return `${word}tion`;
}

const dateIn = (rand: () => number, year: number): string =>
  `${1 + Math.floor(rand() * 28)} ${MONTH_NAMES[Math.floor(rand() * 12)]} ${year}`;

interface Cited {
  readonly form: CitationForm;
  readonly written: string;
}

/** The texts a citation can point at, by form, most popular first after a seeded shuffle. */
class Record {
  private readonly texts = new Map<CitationForm, string[]>();
  private readonly dates = new Map<string, string>();

  constructor(
    private readonly rand: () => number,
    private readonly exponent: number,
  ) {
    const fill = (form: CitationForm, count: number, make: (i: number) => string): void => {
      this.texts.set(
        form,
        Array.from({ length: count }, (_, i) => make(i)),
      );
    };
    fill('gaOld', 3000, (i) => `resolution ${1 + i} (${toRoman(1 + Math.floor(i / 110)).toUpperCase()})`);
    fill('ga', 4000, (i) => `resolution ${31 + Math.floor(i / 400)}/${1 + (i % 400)}`);
    fill('sc', 1500, (i) => `Security Council resolution ${1 + i} (${1946 + Math.floor(i / 35)})`);
    fill('document', 4000, (i) => `the report of the Secretary-General (A/${31 + (i % 45)}/${100 + i})`);
    fill('prst', 800, (i) => `the statement by its President (S/PRST/${1990 + (i % 30)}/${1 + Math.floor(i / 30)})`);
    fill('hrc', 1000, (i) => `Human Rights Council resolution ${1 + (i % 50)}/${1 + Math.floor(i / 50)}`);
    fill('other', 600, (i) => `Economic and Social Council resolution ${1990 + (i % 30)}/${1 + Math.floor(i / 30)}`);
    for (const list of this.texts.values()) list.sort(() => rand() - 0.5);
    this.texts.set('gaDated', this.texts.get('ga')!);
  }

  /** The date a text is cited with: its own for a generated one, else one drawn once. */
  private dateOf(written: string): string {
    let date = this.dates.get(written);
    if (!date) this.dates.set(written, (date = dateIn(this.rand, 1946 + Math.floor(this.rand() * 79))));
    return date;
  }

  /** A resolution generated earlier joins the texts it can be cited by, at a random popularity. */
  add(form: 'ga' | 'sc', written: string, date: string): void {
    const list = this.texts.get(form)!;
    list.splice(Math.floor(this.rand() * list.length), 0, written);
    this.dates.set(written, date);
  }

  cite(form: CitationForm): Cited {
    const list = this.texts.get(form)!;
    const written = list[zipfRank(this.rand(), list.length, this.exponent)];
    return { form, written: form === 'gaDated' ? `${written} of ${this.dateOf(written)}` : written };
  }
}

/** Generates `count` documents to the fitted model; later resolutions cite earlier ones. */
export function generateFittedCorpus(count: number, rand: () => number, model: CorpusModel = readModel()): Generated[] {
  const vocabulary = model.vocabulary;
  const kept = vocabulary.words.map(([w]) => w);
  const keptTotal = vocabulary.words.reduce((sum, [, c]) => sum + c, 0);
  // The words past the kept ones share what is left of the count, along the fitted exponent.
  const tailSize = Math.max(1, vocabulary.distinctWords - kept.length);
  const drawKept = weighted([...vocabulary.words.map(([, c]) => c), vocabulary.totalWords - keptTotal]);
  const word = (): string => {
    const i = drawKept(rand());
    return i < kept.length ? kept[i] : tailWord(zipfRank(rand(), tailSize, vocabulary.zipfExponent));
  };
  const openings = {
    preambular: model.preambularOpenings.map(([o]) => o),
    operative: model.operativeOpenings.map(([o]) => o),
  };
  const drawOpening = {
    preambular: weighted(model.preambularOpenings.map(([, c]) => c)),
    operative: weighted(model.operativeOpenings.map(([, c]) => c)),
  };
  const forms = model.citations.forms.map(([f]) => f);
  const drawForm = weighted(model.citations.forms.map(([, c]) => c));
  const record = new Record(rand, model.citations.symbolZipfExponent);
  // A citing paragraph's citations: one and then a geometric number more, to the fitted mean.
  const citationsWhenCiting = model.citations.perParagraph / model.citations.citingParagraphShare;
  const more = 1 - 1 / citationsWhenCiting;
  /** Paragraph bodies already written, which later documents repeat word for word. */
  const agreed: string[] = [];

  /** Words of bodies written so far: fresh wording reuses runs of them at the fitted rate. */
  const written: string[] = [];
  // A copied phrase's first two runs straddle the join: copy more often, so the share of runs seen before is the fitted one.
  const copyShare = Math.min(1, (model.reuse.seenShingleShare * PHRASE) / (PHRASE - 2));
  const body = (): string => {
    const length = Math.max(3, fromQuantiles(model.wordsPerParagraph, rand()));
    const words: string[] = [];
    while (words.length < length) {
      const from = written.length - 1 - zipfRank(rand(), written.length, 1) - PHRASE;
      if (from >= 0 && rand() < copyShare) words.push(...written.slice(from, from + PHRASE));
      else
        for (let i = 0; i < PHRASE; i++)
          words.push(rand() < model.commaRate && words.length > 2 ? `${word()},` : word());
    }
    words.length = length;
    for (const w of words) written.push(w);
    if (written.length > WRITTEN_WINDOW) written.splice(0, WRITTEN_WINDOW / 2);
    const text = words.join(' ');
    return text.endsWith(',') ? text.slice(0, -1) : text;
  };
  const citations = (): string => {
    if (rand() >= model.citations.citingParagraphShare) return '';
    const cited: string[] = [record.cite(forms[drawForm(rand())]).written];
    while (rand() < more) cited.push(record.cite(forms[drawForm(rand())]).written);
    return cited.length === 1 ? cited[0] : `${cited.slice(0, -1).join(', ')} and ${cited[cited.length - 1]}`;
  };
  const paragraph = (kind: 'preambular' | 'operative'): string => {
    const opening = openings[kind][drawOpening[kind](rand())];
    // Repeated wording is drawn from the most recent paragraphs most often: agreed language is recent.
    if (agreed.length > 0 && rand() < model.reuse.repeatedParagraphShare)
      return `${opening} ${agreed[agreed.length - 1 - zipfRank(rand(), agreed.length, 1)]}`;
    const cited = citations();
    const text = cited ? `${cited}, ${body()}` : body();
    agreed.push(text);
    return `${opening} ${text}`;
  };

  const docs: Generated[] = [];
  const perSession = Math.max(1, Math.ceil(count / 50));
  let scNumber = 3000;
  for (let i = 0; i < count; i++) {
    const council = rand() < 0.43; // 1 480 of the 3 452 development resolutions are the Council's
    const year = 1990 + Math.floor((35 * i) / count);
    const date = dateIn(rand, year);
    const preambular = Array.from({ length: fromQuantiles(model.preambularPerDocument, rand()) }, () =>
      paragraph('preambular'),
    );
    const operativeCount = Math.max(1, fromQuantiles(model.operativePerDocument, rand()));
    const operative = Array.from(
      { length: operativeCount },
      (_, p) => `${p + 1}. ${paragraph('operative')}${p === operativeCount - 1 ? '.' : ';'}`,
    );
    const title = `${word().charAt(0).toUpperCase()}${Array.from({ length: 6 }, word).join(' ')}`;
    let lines: string[];
    let name: string;
    if (council) {
      const number = scNumber++;
      name = `sc-${number}.resolution`;
      lines = [
        `S/RES/${number} (${year})`,
        `Resolution ${number} (${year})`,
        `Adopted by the Security Council at its ${7000 + number}th meeting, on ${date}`,
        'The Security Council,',
      ];
      record.add('sc', `Security Council resolution ${number} (${year})`, date);
    } else {
      const session = 41 + Math.floor(i / perSession);
      const number = (i % perSession) + 1;
      name = `ga-${session}-${number}.resolution`;
      lines = [
        `A/RES/${session}/${number}`,
        `Agenda item ${1 + Math.floor(rand() * 150)}`,
        'Resolution adopted by the General Assembly',
        `${session}/${number}. ${title}`,
        'The General Assembly,',
      ];
      record.add('ga', `resolution ${session}/${number}`, date);
    }
    lines.push(...preambular.map((p) => `${p},`), ...operative);
    if (!council) lines.push(`${40 + Math.floor(rand() * 40)}th plenary meeting\n${date}`);
    else lines.push(`Adopted at the ${7000 + scNumber}th meeting`);
    docs.push({ name, text: `${lines.join('\n\n')}\n` });
  }
  return docs;
}

export function readModel(): CorpusModel {
  return JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as CorpusModel;
}
