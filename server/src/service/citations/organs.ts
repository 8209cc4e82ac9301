import type { DraftDocument } from '../model/document';
import type { CitedBody } from './recognise';

/**
 * An organ that adopts resolutions, as a draft names it: 'council' for "Council" alone (the form
 * of the number tells which), 'other' for a body whose resolutions are not read (UN-Habitat, OIC…).
 */
export type Organ = 'GA' | 'SC' | 'HRC' | 'ECOSOC' | 'council' | 'other';

/** The organs named for a list of resolutions: "Security Council resolutions", "its resolution", none. */
export interface NamedOrgans {
  readonly organs: ReadonlySet<Organ>;
  /** Named by name ("General Assembly resolution"), not as "its" or by the list before. */
  readonly byName: boolean;
  /** "draft resolution": not an adopted resolution. */
  readonly draft: boolean;
}

export const NO_ORGAN: NamedOrgans = { organs: new Set(), byName: false, draft: false };
const NONE = NO_ORGAN;

/** Full names, longest first where one contains another. */
const ORGAN_NAMES: readonly [RegExp, Organ][] = [
  [/\bPeace and Security Council\b/, 'other'],
  [/\bEconomic and Social Council\b|\bECOSOC\b/, 'ECOSOC'],
  [/\bHuman Rights Council\b|\bHRC\b/, 'HRC'],
  [/(?<!Peace and )\bSecurity Council\b|\bUNSC\b|\bSC\b/, 'SC'],
  [/\bGeneral Assembly\b|\bUNGA\b|\bGA\b/, 'GA'],
];
/** Words between the organ and "resolution": "its relevant resolutions", "Council's previous resolutions". */
const FILLERS = new Set([
  'relevant',
  'previous',
  'own',
  'earlier',
  'subsequent',
  'prior',
  'pertinent',
  'other',
  'all',
  'recent',
  'latest',
  'last',
  'successive',
  'respective',
  'further',
  'related',
  'various',
  'several',
  'numerous',
  'later',
]);
/** Small words inside a name: "Commission on the Status of Women", "Economic and Social Council". */
const CONNECTORS = new Set(['on', 'of', 'for', 'the', 'and', 'to', 'in']);
/**
 * Words of a name that do not name another organ: "Recalling Security Council", "the United Nations General
 * Assembly".
 */
const NEUTRAL = new Set(['The', 'UN', 'United', 'Nations', 'Also', 'Further']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*|[^\s\p{L}\p{N}]/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.replace(/[’']s$/, ''));
}

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
/** A draft's opening participle, "Recalling", "Having": not part of an organ's name. */
const opening = (w: string): boolean => /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(w) && w !== 'Governing';

/** Bodies other than the organs read here, whose resolutions a draft also cites. */
const OTHER_BODIES = new Set([
  'Commission',
  'Committee',
  'Conference',
  'Board',
  'Organization',
  'Programme',
  'Fund',
  'Union',
  'Summit',
  'Forum',
  'Ministers',
  'Parties',
  'Court',
  'Agency',
  'Authority',
  'Congress',
  'Parliament',
  'League',
  'OIC',
  'AU',
  'ILO',
  'WHO',
  'WHA',
  'UNESCO',
  'IAEA',
  'FAO',
  'UNEP',
  'ICAO',
  'IMO',
  'ITU',
]);

const named = (organs: readonly Organ[]): NamedOrgans => ({ organs: new Set(organs), byName: true, draft: false });

/**
 * The organ a phrase of capitalised words names: "Security Council", "General Assembly and
 * Security Council", "Council" or "Assembly" alone, or another body ("Commission on Narcotic
 * Drugs", "UN-Habitat Governing Council", "World Health Assembly").
 */
function classify(phrase: readonly string[]): NamedOrgans {
  const text = phrase.join(' ');
  // "the General Assembly of the World Tourism Organization", "the Council of Europe": another body's organ.
  if (/\b(?:Assembly|Council) of (?:the )?(?!United Nations\b)\p{Lu}/u.test(text)) return named(['other']);
  const organs = ORGAN_NAMES.filter(([name]) => name.test(text)).map(([, organ]) => organ);
  if (organs.length > 0) return named(organs);
  // "the functioning of the Commission and Assembly resolution 61/98": the organ is the last name.
  const last = phrase.slice(phrase.lastIndexOf('and') + 1);
  const head = last[last.length - 1];
  if (head !== 'Council' && head !== 'Assembly') {
    return phrase.some((w) => OTHER_BODIES.has(w)) ? named(['other']) : NONE;
  }
  const qualified = last.some((w, i) => capitalised(w) && w !== head && !NEUTRAL.has(w) && !(i === 0 && opening(w)));
  if (qualified) return named(['other']);
  return named([head === 'Assembly' ? 'GA' : 'council']);
}

/** The organ named just before the keyword that ends at `at`: "Security Council resolutions", "its resolution". */
export function organsBefore(text: string, at: number, documentOrgan: CitedBody): NamedOrgans {
  const before = words(text.slice(Math.max(0, at - 100), at));
  let i = before.length;
  while (i > 0 && FILLERS.has(before[i - 1])) i--;
  if (before[i - 1] === 'draft') return { ...NONE, draft: true };
  if (before[i - 1] !== 'its') return classify(nameAt(before, i, -1));
  // "the Human Rights Council, in its resolution 39/2", "the Environment Assembly, in paragraph 1 of its
  // resolution 5/14": "its" is the organ just named.
  let j = i - 1;
  const link = (w: string): boolean => w === ',' || LINKS.has(w) || /^(?:paragraphs?|\d+)$/.test(w);
  while (j > 0 && i - j < 7 && link(before[j - 1])) j--;
  const organ = j < i - 1 ? classify(nameAt(before, j, -1)) : NONE;
  return organ.organs.size > 0 ? organ : { organs: new Set([organOf(documentOrgan)]), byName: false, draft: false };
}

/** Words that join an organ to "its": "the Council, in its resolution", "the Commission … of its resolution". */
const LINKS = new Set(['in', 'by', 'through', 'under', 'with', 'of', 'and']);

/**
 * The capitalised name, with its small words, that ends at word `at` (direction -1) or starts there
 * (direction 1): "Commission on the Status of Women", "General Assembly of the World Tourism Organization".
 */
function nameAt(words: readonly string[], at: number, direction: 1 | -1): string[] {
  const word = (i: number): string | undefined => (direction === 1 ? words[i] : words[i - 1]);
  let edge = at;
  while (word(edge) !== undefined && Math.abs(edge - at) < 12) {
    if (capitalised(word(edge)!)) {
      edge += direction;
      continue;
    }
    let small = edge;
    while (word(small) !== undefined && Math.abs(small - edge) < 3 && CONNECTORS.has(word(small)!)) small += direction;
    if (small === edge || word(small) === undefined || !capitalised(word(small)!)) break;
    edge = small;
  }
  return direction === 1 ? words.slice(at, edge) : words.slice(edge, at);
}

const ORGAN_AFTER = /^\s+(?:and\s+decisions\s+|adopted\s+by\s+)?(?:of\s+)?the\s+/;

/**
 * The organ named just after a reference: "resolution 5/2 of the United Nations Environment
 * Assembly", "the resolutions and decisions of the Human Rights Council", "adopted by the General Assembly of
 * the World Tourism Organization".
 */
export function organAfter(text: string): NamedOrgans {
  const m = /^\s(?:of|and|adopted)\s/.test(text.slice(0, 9)) ? ORGAN_AFTER.exec(text) : null;
  if (!m) return NONE;
  const after = words(text.slice(m[0].length, m[0].length + 100));
  const name = nameAt(after, 0, 1);
  return name.length > 0 ? classify(name) : NONE;
}

function organOf(body: CitedBody): Organ {
  return body === 'GA' || body === 'SC' || body === 'HRC' || body === 'ECOSOC' ? body : 'other';
}

const FORMULA_ORGAN = /Security Council|General Assembly|Human Rights Council|Economic and Social Council/;
const FORMULA_ORGANS: Record<string, CitedBody> = {
  'Security Council': 'SC',
  'General Assembly': 'GA',
  'Human Rights Council': 'HRC',
  'Economic and Social Council': 'ECOSOC',
};

/**
 * The organ whose text this is, from its enacting formula ("The Security Council,") or, where no
 * formula is found, the first organ its title block names ("S/RES/2505 (2020)", "Security Council");
 * the General Assembly when neither names one.
 */
export function documentOrganOf(doc: DraftDocument): CitedBody {
  const formulaSpan = doc.enactingFormula?.span;
  const formula = formulaSpan ? doc.text.slice(formulaSpan.start, formulaSpan.end) : undefined;
  const block = formula ?? doc.header.map((p) => doc.text.slice(p.span.start, p.span.end)).join('\n');
  const first = FORMULA_ORGAN.exec(block);
  return first ? FORMULA_ORGANS[first[0]] : 'GA';
}
