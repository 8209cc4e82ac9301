/**
 * Writes a corpus generated to the parameters fitted on the real development corpus (see
 * bench/fittedCorpus.ts), or one very large draft for the keystroke measure. Deterministic for a seed.
 *
 *   npm run corpus:gen -- --docs N --out DIR [--seed S]
 *   npm run corpus:gen -- --large-draft FILE [--paragraphs 500]
 */
import * as fs from 'fs';
import * as path from 'path';
import { OPERATIVE_PHRASES, PREAMBULAR_PHRASES } from '../server/src/service/model/lexicon';
import { generateFittedCorpus, Generated } from './fittedCorpus';

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  'the efforts of the two organizations to strengthen cooperation in areas of common concern',
  'the need to enhance the capacity of regional organizations in conflict prevention, peacekeeping and peacebuilding',
  'the importance of dialogue among civilizations and the promotion of a culture of peace',
  'the report of the Secretary-General on cooperation between the United Nations and regional and other organizations',
  'the humanitarian situation of the civilian population and the urgent need for assistance',
  'the principles and purposes enshrined in the Charter of the United Nations',
  'the continuing cooperation in the fields of peacemaking, preventive diplomacy, peacekeeping and peacebuilding',
  'the promotion of sustainable development and the eradication of poverty in member States',
];
const sentence = (rand: () => number): string => FILLER[Math.floor(rand() * FILLER.length)];
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** `count` documents to the fitted model (bench/corpusModel.json). */
export function generateCorpus(count: number, seed: number): Generated[] {
  return generateFittedCorpus(count, random(seed));
}

/** One very large draft: `paragraphs` operative paragraphs, about 4 KB each (2 MB for 500). */
export function generateLargeDraft(paragraphs: number, seed: number): string {
  const rand = random(seed);
  const lines = ['78/999. A very long draft for measuring', 'The General Assembly,'];
  for (let p = 0; p < 20; p++)
    lines.push(`*${pick(rand, PREAMBULAR_PHRASES)}* its resolution 61/49 of 4 December 2006 and ${sentence(rand)},`);
  for (let p = 1; p <= paragraphs; p++) {
    const body = Array.from({ length: 40 }, () => sentence(rand)).join(', and ');
    lines.push(
      `${p}. *${pick(rand, OPERATIVE_PHRASES)}* ${body}, recalling resolution 63/114 of 5 December 2008${p === paragraphs ? '.' : ';'}`,
    );
  }
  return `${lines.join('\n\n')}\n`;
}

function main(argv: readonly string[]): void {
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(option('--seed') ?? 1);
  const large = option('--large-draft');
  if (large) {
    fs.writeFileSync(large, generateLargeDraft(Number(option('--paragraphs') ?? 500), seed));
    return;
  }
  const docs = Number(option('--docs'));
  const out = option('--out');
  if (!Number.isInteger(docs) || docs <= 0 || !out) {
    process.stderr.write('usage: corpus:gen -- --docs N --out DIR [--seed S] | --large-draft FILE [--paragraphs N]\n');
    process.exitCode = 2;
    return;
  }
  fs.mkdirSync(out, { recursive: true });
  for (const doc of generateCorpus(docs, seed)) fs.writeFileSync(path.join(out, doc.name), doc.text);
}

if (require.main === module) main(process.argv.slice(2));
