/**
 * Opening phrases of preambular and operative paragraphs, after the UN Editorial Manual,
 * OIC practice and the seeds. Matching takes the longest phrase first, so
 * "Noting with appreciation" wins over "Noting".
 */

export const PREAMBULAR_PHRASES: readonly string[] = [
  'Acknowledging', 'Affirming', 'Alarmed', 'Appreciating', 'Asserting', 'Aware', 'Bearing in mind',
  'Believing', 'Cognizant', 'Commending', 'Concerned', 'Confident', 'Conscious', 'Considering',
  'Convinced', 'Deeply alarmed', 'Deeply concerned', 'Deeply convinced', 'Deeply disturbed',
  'Deploring', 'Desiring', 'Desirous', 'Determined', 'Emphasizing', 'Encouraged', 'Expressing',
  'Expressing its appreciation', 'Expressing its concern', 'Expressing its deep concern', 'Fully aware',
  'Fully believing', 'Further recalling', 'Gravely concerned', 'Guided by', 'Having adopted',
  'Having considered', 'Having examined', 'Having heard', 'Having received', 'Having reviewed',
  'Having studied', 'Keeping in mind', 'Mindful', 'Noting', 'Noting with appreciation',
  'Noting with concern', 'Noting with deep concern', 'Noting with regret', 'Noting with satisfaction',
  'Observing', 'Reaffirming', 'Realizing', 'Recalling', 'Recognizing', 'Referring', 'Regretting',
  'Reiterating', 'Seeking', 'Seriously concerned', 'Stressing', 'Taking into account',
  'Taking into consideration', 'Taking note', 'Taking note with appreciation', 'Underlining',
  'Underscoring', 'Welcoming', 'Welcoming with appreciation',
];

export const OPERATIVE_PHRASES: readonly string[] = [
  'Accepts', 'Acknowledges', 'Adopts', 'Affirms', 'Appeals', 'Approves', 'Authorizes', 'Calls for',
  'Calls on', 'Calls upon', 'Commends', 'Condemns', 'Confirms', 'Considers', 'Decides',
  'Decides to remain seized of the matter', 'Declares', 'Demands', 'Deplores', 'Designates',
  'Directs', 'Emphasizes', 'Encourages', 'Endorses', 'Expresses', 'Expresses dismay',
  'Expresses its appreciation', 'Expresses its concern', 'Expresses its deep concern',
  'Expresses its gratitude', 'Expresses its hope', 'Invites', 'Mandates', 'Notes',
  'Notes with appreciation', 'Notes with concern', 'Notes with satisfaction', 'Proclaims',
  'Reaffirms', 'Recognizes', 'Recommends', 'Regrets', 'Reiterates', 'Remains seized of the matter',
  'Requests', 'Requests the Secretary-General to', 'Stresses', 'Strongly condemns', 'Supports',
  'Takes note', 'Takes note of', 'Takes note with appreciation', 'Takes note with satisfaction',
  'Underlines', 'Urges', 'Welcomes', 'Welcomes with appreciation',
];

/** Adverbs that may stand before an opening word without changing what it is. */
const LEADING_ADVERBS = /^(?:Also|Further|Again|Once again|Strongly|Firmly|Deeply|Gravely|Seriously|Fully|Urgently|Solemnly|Emphatically|Resolutely|Categorically|Unequivocally|Warmly|Sincerely)$/;

export interface PhraseMatch {
  /** Length, in characters, of the matched phrase at the start of the text. */
  readonly length: number;
  /** True when the phrase (without any "also"/"further") is in the lexicon. */
  readonly known: boolean;
}

function compileLexicon(phrases: readonly string[]): RegExp {
  const longestFirst = [...phrases].sort((a, b) => b.length - a.length);
  const escaped = longestFirst.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`^(?:${escaped.join('|')})(?![\\p{L}\\p{N}-])`, 'u');
}

const preambularLexicon = compileLexicon(PREAMBULAR_PHRASES);
const operativeLexicon = compileLexicon(OPERATIVE_PHRASES);

/** "also" / "further" after a preambular opening: "Recalling also", "Noting further". */
const SEQUENCE_SUFFIX = /^\s+(?:also|further|again)(?![\p{L}])/u;

const PARTICIPLE = /^(?:(?:Having|Not having)\s+\p{Ll}+(?:ed|en|wn|ne|rd|id|ght)|\p{Lu}\p{Ll}+ing)(?![\p{L}-])/u;
const ADVERB_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+ly\s+)?(?:[Cc]oncerned|[Aa]larmed|[Aa]ware|[Cc]onvinced|[Mm]indful|[Cc]onscious|[Dd]etermined|[Gg]uided by|[Dd]esirous|[Cc]ognizant|[Ee]ncouraged|[Dd]isturbed|[Ss]hocked|[Dd]ismayed|[Pp]leased|[Gg]ratified|[Rr]esolved|[Cc]onfident)(?![\p{L}-])/u;

/** An operative verb: present indicative third person ("Decides", "Urges", "Expresses"). */
const OPERATIVE_VERB = /^\p{Lu}\p{Ll}+(?:es|s)(?![\p{L}-])/u;

function withLeadingAdverb(text: string, matchCore: (rest: string) => PhraseMatch | undefined): PhraseMatch | undefined {
  const direct = matchCore(text);
  if (direct) return direct;
  const adverb = /^(\p{Lu}\p{Ll}+(?:\s+again)?)\s+/u.exec(text);
  if (!adverb || !LEADING_ADVERBS.test(adverb[1].replace(/\s+/g, ' '))) return undefined;
  const rest = text.slice(adverb[0].length);
  // The word after the adverb is lower case in running text: "Also welcomes".
  const capitalised = rest.charAt(0).toUpperCase() + rest.slice(1);
  const core = matchCore(capitalised);
  return core ? { length: adverb[0].length + core.length, known: core.known } : undefined;
}

/** Matches the opening phrase of a preambular paragraph at the start of `text`. */
export function matchPreambularOpening(text: string): PhraseMatch | undefined {
  const core = (t: string): PhraseMatch | undefined => {
    const known = preambularLexicon.exec(t);
    const generic = known ? undefined : PARTICIPLE.exec(t) ?? ADVERB_ADJECTIVE.exec(t);
    const m = known ?? generic;
    if (!m) return undefined;
    const suffix = SEQUENCE_SUFFIX.exec(t.slice(m[0].length));
    return { length: m[0].length + (suffix ? suffix[0].length : 0), known: Boolean(known) };
  };
  return withLeadingAdverb(text, core);
}

/** Matches the opening verb phrase of an operative paragraph at the start of `text`. */
export function matchOperativeOpening(text: string): PhraseMatch | undefined {
  const core = (t: string): PhraseMatch | undefined => {
    const known = operativeLexicon.exec(t);
    if (known) return { length: known[0].length, known: true };
    const generic = OPERATIVE_VERB.exec(t);
    return generic ? { length: generic[0].length, known: false } : undefined;
  };
  return withLeadingAdverb(text, core);
}
