/**
 * Writes a synthetic but realistic corpus of drafts built from the seeds' structures and the
 * phrase lexicons: General Assembly and Security Council resolutions and OIC communiqués, with
 * dense citation lists whose numbers, sessions and dates are consistent, and a citation graph
 * like the real one (a few texts cited very often, most rarely). Deterministic for a seed.
 *
 *   npm run corpus:gen -- --docs N --out DIR [--seed S]
 *   npm run corpus:gen -- --large-draft FILE [--paragraphs 500]
 */
import * as fs from 'fs';
import * as path from 'path';
import { OPERATIVE_PHRASES, PREAMBULAR_PHRASES } from '../server/src/service/model/lexicon';
import { MONTH_NAMES as MONTHS } from '../server/src/service/model/months';

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

const TOPICS = [
  'Cooperation between the United Nations and the Organization of Islamic Cooperation',
  'Question of Palestine',
  'The situation in the Middle East',
  'Assistance to Palestine refugees',
  'Promotion of a culture of peace',
  'Cooperation between the United Nations and the League of Arab States',
  'Strengthening of the coordination of emergency humanitarian assistance',
  'Sustainable development',
  'Measures to eliminate international terrorism',
  'Human rights and unilateral coercive measures',
  'Cooperation between the United Nations and the African Union',
  'Permanent sovereignty of the Palestinian people over their natural resources',
  'Situation of human rights in Myanmar',
  'Oceans and the law of the sea',
  'Global health and foreign policy',
];
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
const ROMAN = [
  '',
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
  'XXII',
  'XXIII',
  'XXIV',
  'XXV',
  'XXVI',
  'XXVII',
  'XXVIII',
  'XXIX',
  'XXX',
];

interface Text {
  readonly kind: 'ga' | 'gaOld' | 'sc';
  readonly cite: string;
  readonly year: number;
  readonly date: string;
}

/** The record a generated document may cite: GA from 1946 (Roman sessions before 1976), SC with years. */
function buildRecord(rand: () => number): Text[] {
  const record: Text[] = [];
  const dateIn = (year: number): string =>
    `${1 + Math.floor(rand() * 28)} ${MONTHS[8 + Math.floor(rand() * 4)]} ${year}`;
  let oldNumber = 1;
  for (let session = 1; session <= 30; session++) {
    for (let i = 0; i < 110; i++) {
      const year = 1945 + session + (rand() < 0.8 ? 0 : 1);
      record.push({ kind: 'gaOld', cite: `${oldNumber} (${ROMAN[session]})`, year, date: dateIn(year) });
      oldNumber += 1 + Math.floor(rand() * 3);
    }
  }
  let sc = 1;
  for (let year = 1946; year <= 2025; year++) {
    for (let i = 0; i < 35; i++, sc++) record.push({ kind: 'sc', cite: `${sc} (${year})`, year, date: dateIn(year) });
  }
  return record;
}

const sentence = (rand: () => number): string => FILLER[Math.floor(rand() * FILLER.length)];
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** Zipf-like choice among earlier texts: rank r is chosen with weight 1 / r. */
function zipf(rand: () => number, count: number): number {
  return Math.min(count - 1, Math.floor(Math.exp(rand() * Math.log(count + 1))) - 1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

interface Generated {
  readonly name: string;
  readonly text: string;
}

/** Generates `count` documents; GA resolutions of later sessions cite the earlier ones. */
export function generateCorpus(count: number, seed: number): Generated[] {
  const rand = random(seed);
  const record = buildRecord(rand);
  // Popularity ranks: the record shuffled once, so that a few texts are cited very often.
  const popular = [...record.keys()].sort(() => rand() - 0.5);
  const docs: Generated[] = [];
  const perSession = Math.max(1, Math.ceil(count / 50));
  for (let i = 0; i < count; i++) {
    const session = 31 + Math.floor(i / perSession);
    const number = (i % perSession) + 1;
    const year = 1945 + session + (rand() < 0.75 ? 0 : 1);
    const date = `${1 + Math.floor(rand() * 28)} ${MONTHS[rand() < 0.75 ? 9 + Math.floor(rand() * 3) : Math.floor(rand() * 9)]} ${year}`;
    const cited = Array.from(
      { length: 2 + Math.floor(rand() * 10) },
      () => record[popular[zipf(rand, popular.length)]],
    ).filter((t) => t.year < year);
    const isCommuniqué = i % 7 === 3;
    docs.push({
      name: isCommuniqué ? `communique-${String(i).padStart(6, '0')}.communique` : `ga-${session}-${number}.resolution`,
      text: isCommuniqué ? communiqué(rand, cited, date) : resolution(rand, session, number, date, cited),
    });
    // Earlier generated resolutions join the record, so the graph grows as the real one does.
    if (!isCommuniqué) {
      record.push({ kind: 'ga', cite: `${session}/${number}`, year, date });
      popular.splice(Math.floor(rand() * popular.length), 0, record.length - 1);
    }
  }
  return docs;
}

function citationList(cited: readonly Text[]): string {
  const ga = cited.filter((t) => t.kind !== 'sc').sort((a, b) => a.year - b.year);
  const parts = ga.map((t) => `${t.cite} of ${t.date}`);
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function resolution(rand: () => number, session: number, number: number, date: string, cited: readonly Text[]): string {
  const lines: string[] = [
    `Session ${session} Agenda item ${1 + Math.floor(rand() * 150)}`,
    'Resolution adopted by the General Assembly',
    `${session}/${number}. ${pick(rand, TOPICS)}`,
    'The General Assembly,',
  ];
  const list = citationList(cited);
  if (list)
    lines.push(`*Recalling* its resolution${cited.filter((t) => t.kind !== 'sc').length > 1 ? 's' : ''} ${list},`);
  const sc = cited.filter((t) => t.kind === 'sc');
  if (sc.length > 0) lines.push(`*Recalling also* Security Council resolutions ${sc.map((t) => t.cite).join(', ')},`);
  const preamble = 3 + Math.floor(rand() * 12);
  for (let p = 0; p < preamble; p++)
    lines.push(`*${pick(rand, PREAMBULAR_PHRASES)}* ${sentence(rand)}${p === 1 ? ',¹' : ','}`);
  lines.push(`¹ A/${session}/${100 + Math.floor(rand() * 500)}-S/${1945 + session}/${1 + Math.floor(rand() * 900)}.`);
  const operative = 4 + Math.floor(rand() * 16);
  for (let p = 1; p <= operative; p++) {
    const verb = pick(rand, OPERATIVE_PHRASES);
    const end = p === operative ? '.' : ';';
    if (rand() < 0.1)
      lines.push(`${p}. *${verb}*:\n(a) ${lowerFirst(sentence(rand))};\n(b) ${lowerFirst(sentence(rand))}${end}`);
    else lines.push(`${p}. *${verb}* ${sentence(rand)}${end}`);
  }
  lines.push(`${40 + Math.floor(rand() * 40)}th plenary meeting ${date}`);
  return `${lines.join('\n\n')}\n`;
}

function communiqué(rand: () => number, cited: readonly Text[], date: string): string {
  const lines = [
    'Final communiqué of the Annual Coordination Meeting of Ministers for Foreign Affairs of the OIC Member States',
    `(${date.toUpperCase()})`,
    `The Annual Coordination Meeting of Ministers for Foreign Affairs of the Member States of the Organization of Islamic Cooperation, held on ${date};`,
  ];
  const list = citationList(cited);
  lines.push(
    `Recalling General Assembly resolution${list.includes(' and ') ? 's' : ''} ${list || '194 (III)'} and other relevant UN resolutions;`,
  );
  for (let p = 0; p < 3; p++) lines.push(`${pick(rand, PREAMBULAR_PHRASES)} ${sentence(rand)};`);
  const operative = 3 + Math.floor(rand() * 10);
  lines.push(
    Array.from({ length: operative }, (_, i) => `${i + 1}. ${pick(rand, OPERATIVE_PHRASES)} ${sentence(rand)}.`).join(
      '\n',
    ),
  );
  return `${lines.join('\n\n')}\n`;
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
