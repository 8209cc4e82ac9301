/**
 * Opening phrases of preambular and operative paragraphs, after the UN Editorial Manual,
 * OIC practice and the seeds (offered by completion), and those of adopted texts (recognised).
 * Matching takes the longest phrase first, so
 * "Noting with appreciation" wins over "Noting".
 */

export const PREAMBULAR_PHRASES: readonly string[] = [
  'Acknowledging',
  'Affirming',
  'Alarmed',
  'Appreciating',
  'Asserting',
  'Aware',
  'Bearing in mind',
  'Believing',
  'Cognizant',
  'Commending',
  'Concerned',
  'Confident',
  'Conscious',
  'Considering',
  'Convinced',
  'Deeply alarmed',
  'Deeply concerned',
  'Deeply convinced',
  'Deeply disturbed',
  'Deploring',
  'Desiring',
  'Desirous',
  'Determined',
  'Emphasizing',
  'Encouraged',
  'Expressing',
  'Expressing its appreciation',
  'Expressing its concern',
  'Expressing its deep concern',
  'Fully aware',
  'Fully believing',
  'Further recalling',
  'Gravely concerned',
  'Guided by',
  'Having adopted',
  'Having considered',
  'Having examined',
  'Having heard',
  'Having received',
  'Having reviewed',
  'Having studied',
  'Keeping in mind',
  'Mindful',
  'Noting',
  'Noting with appreciation',
  'Noting with concern',
  'Noting with deep concern',
  'Noting with regret',
  'Noting with satisfaction',
  'Observing',
  'Reaffirming',
  'Realizing',
  'Recalling',
  'Recognizing',
  'Referring',
  'Regretting',
  'Reiterating',
  'Seeking',
  'Seriously concerned',
  'Stressing',
  'Taking into account',
  'Taking into consideration',
  'Taking note',
  'Taking note with appreciation',
  'Underlining',
  'Underscoring',
  'Welcoming',
  'Welcoming with appreciation',
];

/**
 * Openings of adopted texts beyond the list above: every one of the development set (General Assembly
 * sessions 75-79, Security Council 2020-2024, from the UN's Akoma Ntoso markup). Recognised, not offered.
 */
export const CORPUS_PREAMBULAR_PHRASES: readonly string[] = [
  'Acknowledging with appreciation',
  'Acknowledging with satisfaction',
  'Acting',
  'Affirming its support',
  'Agreeing',
  'Alarmed and concerned',
  'Anticipating',
  'Appalled',
  'Applauding',
  'Being appalled',
  'Being aware',
  'Being further deeply concerned',
  'Being gravely concerned',
  'Being satisfied',
  'Believing it necessary',
  'Calling',
  'Calling attention',
  'Calling upon',
  'Commemorating',
  'Commending and encouraging',
  'Committed',
  'Committing',
  'Concurring',
  'Condemning',
  'Condemning in the strongest possible terms',
  'Condemning in the strongest terms',
  'Condemning with deep concern',
  'Confirming',
  'Confirming its commitment',
  'Congratulating',
  'Congratulating again',
  'Continuing',
  'Continuing to take the view',
  'Continuing to underline',
  'Declaring its determination',
  'Deeply deploring',
  'Deeply disappointed',
  'Deeply regretting',
  'Demanding',
  'Deploring in particular',
  'Determining',
  'Disappointed',
  'Echoing',
  'Emphasising',
  'Emphasizing its deep concern',
  'Encouraging',
  'Endorsing',
  'Equally concerned',
  'Ever mindful',
  'Expecting',
  'Expressing alarm',
  'Expressing appreciation',
  'Expressing concern',
  'Expressing concern at',
  'Expressing concerns',
  'Expressing continued concern',
  'Expressing deep appreciation',
  'Expressing deep concern',
  'Expressing deep concerns',
  'Expressing full support',
  'Expressing further concern',
  'Expressing further deep concern',
  'Expressing grave alarm',
  'Expressing grave concern',
  'Expressing grave concern in particular',
  'Expressing gravest concerns',
  'Expressing great concern',
  'Expressing great concern over',
  'Expressing its abhorrence',
  'Expressing its alarm',
  'Expressing its continued support',
  'Expressing its conviction',
  'Expressing its deep appreciation',
  'Expressing its deepest concern',
  'Expressing its gratitude',
  'Expressing its grave concern',
  'Expressing its profound gratitude',
  'Expressing its profound indignation',
  'Expressing its resolve',
  'Expressing its satisfaction',
  'Expressing its serious concern',
  'Expressing its support',
  'Expressing its unequivocal support',
  'Expressing our appreciation',
  'Expressing particular concern',
  'Expressing profound concern',
  'Expressing profound regret',
  'Expressing regret',
  'Expressing regret and concern',
  'Expressing serious concern',
  'Expressing solidarity',
  'Expressing strong concern',
  'Expressing support',
  'Expressing sympathy',
  'Expressing the expectation',
  'Expressing the view',
  'Expressing unequivocal support',
  'Expressing with deep concern',
  'Extolling',
  'Firmly believing',
  'Firmly convinced',
  'Giving due consideration',
  'Gravely distressed',
  'Guided by and determined',
  'Having also considered',
  'Having also examined',
  'Having also taken note',
  'Having conducted',
  'Having listened',
  'Having noted',
  'Having regard',
  'Having taken note',
  'Highlighting',
  'Honouring',
  'Inviting',
  'Looking forward',
  'Looking forward with interest',
  'Marking',
  'Mourning',
  'Noting again with appreciation',
  'Noting again with regret',
  'Noting also with concern',
  'Noting especially',
  'Noting in particular',
  'Noting in this regard',
  'Noting the importance',
  'Noting with alarm',
  'Noting with approval',
  'Noting with deep regret',
  'Noting with gratitude',
  'Noting with grave concern',
  'Noting with great concern',
  'Noting with particular interest',
  'Noting with profound alarm',
  'Noting with profound concern',
  'Noting with renewed concern',
  'Noting with serious concern',
  'Noting with utmost concern',
  'Particularly concerned',
  'Paying tribute',
  'Pledging',
  'Praising',
  'Proceeding',
  'Profoundly concerned',
  'Re-emphasizing',
  'Re-emphasizing its unequivocal support',
  'Reaffirming also its strong condemnation',
  'Reaffirming also its unwavering commitment',
  'Reaffirming and committing',
  'Reaffirming equally',
  'Reaffirming in particular',
  'Reaffirming its belief',
  'Reaffirming its call',
  'Reaffirming its call upon',
  'Reaffirming its commitment',
  'Reaffirming its commitment and strong political will',
  'Reaffirming its concern',
  'Reaffirming its condemnation in the strongest possible terms',
  'Reaffirming its conviction',
  'Reaffirming its deep concern',
  'Reaffirming its determination',
  'Reaffirming its grave concern',
  'Reaffirming its recognition',
  'Reaffirming its respect',
  'Reaffirming its serious concern',
  'Reaffirming its strong commitment',
  'Reaffirming its strong condemnation',
  'Reaffirming its strong opposition',
  'Reaffirming its strong support',
  'Reaffirming its support',
  'Reaffirming its unwavering commitment',
  'Recalling and appreciating',
  'Recalling and reaffirming',
  'Recalling in particular',
  'Recalling its commitment',
  'Recalling its demand',
  'Recalling its request',
  'Recalling with appreciation',
  'Recalling with concern',
  'Recalling with grave concern',
  'Recalling with satisfaction',
  'Recalling with serious concern',
  'Recognising',
  'Recognizing and affirming',
  'Recognizing and reaffirming',
  'Recognizing and underscoring',
  'Recognizing with concern',
  'Recognizing with deep concern',
  'Recognizing with grave concern',
  'Recognizing with satisfaction',
  'Recommitting',
  'Reconfirming',
  'Reiterating deep concern',
  'Reiterating its alarm',
  'Reiterating its appreciation',
  'Reiterating its call',
  'Reiterating its call upon',
  'Reiterating its commitment',
  'Reiterating its concern',
  'Reiterating its condemnation',
  'Reiterating its continuing support',
  'Reiterating its conviction',
  'Reiterating its deep concern',
  'Reiterating its deep distress',
  'Reiterating its endorsement',
  'Reiterating its grave concern',
  'Reiterating its preoccupation',
  'Reiterating its request',
  'Reiterating its serious concern',
  'Reiterating its strong condemnation',
  'Reiterating its support',
  'Reiterating its unequivocal condemnation',
  'Reiterating its urgent call upon',
  'Reiterating the need',
  'Rejecting',
  'Remaining concerned',
  'Remaining convinced',
  'Remaining deeply concerned',
  'Remaining gravely concerned',
  'Remaining greatly concerned',
  'Remaining however deeply concerned',
  'Remaining seriously concerned',
  'Reminding',
  'Renewing',
  'Renewing its unwavering commitment',
  'Reporting',
  'Requesting',
  'Resolved',
  'Resolving',
  'Responding',
  'Seized',
  'Sharing',
  'Sharing deep concern',
  'Sharing the deep concern',
  'Solemnly proclaiming',
  'Stressing again with grave concern',
  'Stressing its resolve',
  'Stressing its strong support',
  'Stressing the importance',
  'Stressing the need',
  'Stressing with grave concern',
  'Striving',
  'Strongly condemning',
  'Strongly condemning and expressing deep concern',
  'Strongly convinced',
  'Strongly deploring',
  'Strongly emphasizing',
  'Strongly encouraging',
  'Strongly reiterating',
  'Strongly reiterating its request',
  'Strongly urging',
  'Supporting',
  'Taking due note',
  'Taking full note',
  'Taking further note',
  'Taking note with concern',
  'Taking note with satisfaction',
  'Taking note with serious concern',
  'Trusting',
  'Underlining its strong condemnation',
  'Understanding',
  'Unequivocally condemning',
  'Urging',
  'Welcoming and further encouraging',
  'Welcoming and reaffirming',
  'Welcoming in particular',
  'Welcoming in this regard',
  'While noting',
  'Willing',
  'Wishing',
];

export const OPERATIVE_PHRASES: readonly string[] = [
  'Accepts',
  'Acknowledges',
  'Adopts',
  'Affirms',
  'Appeals',
  'Approves',
  'Authorizes',
  'Calls for',
  'Calls on',
  'Calls upon',
  'Commends',
  'Condemns',
  'Confirms',
  'Considers',
  'Decides',
  'Decides to remain seized of the matter',
  'Declares',
  'Demands',
  'Deplores',
  'Designates',
  'Directs',
  'Emphasizes',
  'Encourages',
  'Endorses',
  'Expresses',
  'Expresses dismay',
  'Expresses its appreciation',
  'Expresses its concern',
  'Expresses its deep concern',
  'Expresses its gratitude',
  'Expresses its hope',
  'Invites',
  'Mandates',
  'Notes',
  'Notes with appreciation',
  'Notes with concern',
  'Notes with satisfaction',
  'Proclaims',
  'Reaffirms',
  'Recognizes',
  'Recommends',
  'Regrets',
  'Reiterates',
  'Remains seized of the matter',
  'Requests',
  'Requests the Secretary-General to',
  'Stresses',
  'Strongly condemns',
  'Supports',
  'Takes note',
  'Takes note of',
  'Takes note with appreciation',
  'Takes note with satisfaction',
  'Underlines',
  'Urges',
  'Welcomes',
  'Welcomes with appreciation',
];

/**
 * Openings of adopted texts beyond the list above: every one of the development set (General Assembly
 * sessions 75-79, Security Council 2020-2024, from the UN's Akoma Ntoso markup). Recognised, not offered.
 */
export const CORPUS_OPERATIVE_PHRASES: readonly string[] = [
  'Acknowledges and profoundly regrets',
  'Acknowledges with appreciation',
  'Acknowledges with concern',
  'Acknowledges with great appreciation',
  'Acknowledges with great concern',
  'Affirms its deep commitment',
  'Affirms its support',
  'Agrees',
  'Amends',
  'Anticipates',
  'Applauds',
  'Appreciates',
  'Appropriates',
  'Approves an appropriation',
  'Authorises',
  'Bears in mind',
  'Brings to the attention',
  'Calls attention',
  'Calls attention to and reaffirms',
  'Calls once again upon',
  'Clarifies',
  'Commends with satisfaction',
  'Commits',
  'Concurs',
  'Condemns in particular',
  'Condemns in the strongest possible terms',
  'Condemns in the strongest terms',
  'Condemns unequivocally',
  'Condemns without reservation',
  'Confirms its determination',
  'Confirms its recognition',
  'Congratulates',
  'Considers it alarming',
  'Considers it important',
  'Considers it intolerable',
  'Continues',
  'Continues to acknowledge',
  'Continues to be concerned',
  'Continues to call upon',
  'Continues to encourage',
  'Continues to express particular concern',
  'Continues to invite',
  'Continues to re-emphasize',
  'Continues to stress',
  'Continues to urge',
  'Continues to welcome',
  'Declares its firm opposition',
  'Deplores and condemns in the strongest terms',
  'Deplores and strongly condemns',
  'Deplores in the strongest terms',
  'Determines',
  'Draws the attention',
  'Emphasises',
  'Emphasizes in particular',
  'Emphasizes its utmost concern',
  'Emphasizes once again its serious concern',
  'Emphasizes with concern',
  'Encourages and facilitates',
  'Encourages and recognizes',
  'Endorses and supports',
  'Establishes',
  'Expects',
  'Expresses alarm',
  'Expresses appreciation',
  'Expresses concern',
  'Expresses concerns',
  'Expresses condolences',
  'Expresses deep concern',
  'Expresses disappointment',
  'Expresses full solidarity and sympathy',
  'Expresses full support',
  'Expresses gratitude',
  'Expresses grave concern',
  'Expresses great concern',
  'Expresses its commitment',
  'Expresses its continued deep concern',
  'Expresses its continued serious concern',
  'Expresses its conviction',
  'Expresses its deep appreciation',
  'Expresses its deep regret',
  'Expresses its determination',
  'Expresses its firm belief',
  'Expresses its firm conviction',
  'Expresses its gratitude and appreciation',
  'Expresses its gratitude and support',
  'Expresses its grave concern',
  'Expresses its intention',
  'Expresses its profound concern',
  'Expresses its profound gratitude',
  'Expresses its readiness',
  'Expresses its satisfaction',
  'Expresses its serious concern',
  'Expresses its solidarity and support',
  'Expresses its solidarity with and support',
  'Expresses its support',
  'Expresses its utmost concern',
  'Expresses its very deep concern',
  'Expresses its very serious concern',
  'Expresses its willingness',
  'Expresses particular concern',
  'Expresses satisfaction',
  'Expresses serious concern',
  'Expresses serious concerns',
  'Expresses solidarity with and compassion',
  'Expresses special commendation',
  'Expresses strong concern',
  'Expresses strong expectations',
  'Expresses strong support',
  'Expresses support',
  'Expresses the desire',
  'Expresses the hope',
  'Expresses the need',
  'Expresses the view',
  'Extends',
  'Extends condolences',
  'Greets',
  'Highlights',
  'Invites and encourages',
  'Is encouraged',
  'Looks forward',
  'Maintains',
  'Notes in this regard',
  'Notes with alarm',
  'Notes with appreciation and satisfaction',
  'Notes with deep concern',
  'Notes with deep regret',
  'Notes with encouragement',
  'Notes with grave concern',
  'Notes with great concern',
  'Notes with increasing concern',
  'Notes with interest',
  'Notes with particular concern',
  'Notes with profound concern',
  'Notes with regret',
  'Notes with satisfaction and encourages',
  'Notes with serious concern',
  'Pays tribute',
  'Pledges',
  'Pledges its continued support',
  'Proposes',
  'Raises awareness',
  'Re-emphasizes',
  'Reaffirms its approval',
  'Reaffirms its call upon',
  'Reaffirms its commitment',
  'Reaffirms its commitments',
  'Reaffirms its concern',
  'Reaffirms its condemnation in the strongest possible terms',
  'Reaffirms its conviction',
  'Reaffirms its decision',
  'Reaffirms its determination',
  'Reaffirms its expectation',
  'Reaffirms its firm support',
  'Reaffirms its full commitment',
  'Reaffirms its invitation',
  'Reaffirms its profound solidarity',
  'Reaffirms its recognition',
  'Reaffirms its request',
  'Reaffirms its strong support',
  'Reaffirms its support',
  'Reaffirms its unwavering commitment',
  'Reaffirms its unwavering support',
  'Realizes',
  'Recalls',
  'Recalls and reaffirms',
  'Recalls and reiterates',
  'Recalls in this regard',
  'Recalls its authorization',
  'Recalls its concern',
  'Recalls its decision',
  'Recalls its invitation',
  'Recalls its request',
  'Recalls with appreciation',
  'Recalls with concern',
  'Recalls with interest',
  'Recalls with satisfaction',
  'Recognises',
  'Recognizes and encourages',
  'Recognizes with appreciation',
  'Recognizes with concern',
  'Recognizes with deep concern',
  'Recognizes with gratitude',
  'Recommits',
  'Recommits firmly',
  'Reconfirms',
  'Refers',
  'Reiterates its appeal',
  'Reiterates its appeals',
  'Reiterates its appreciation',
  'Reiterates its approval',
  'Reiterates its call',
  'Reiterates its call upon',
  'Reiterates its calls',
  'Reiterates its commitment',
  'Reiterates its concern',
  'Reiterates its concerns',
  'Reiterates its condemnation',
  'Reiterates its conviction',
  'Reiterates its deep concern',
  'Reiterates its demand',
  'Reiterates its determination',
  'Reiterates its endorsement',
  'Reiterates its grave concern',
  'Reiterates its growing concern',
  'Reiterates its invitation',
  'Reiterates its invitation and encouragement',
  'Reiterates its previous requests',
  'Reiterates its request',
  'Reiterates its requests',
  'Reiterates its serious concern',
  'Reiterates its strong and unequivocal condemnation',
  'Reiterates its strong condemnation',
  'Reiterates its strong encouragement',
  'Reiterates its strong support',
  'Reiterates its support',
  'Reiterates its unwavering commitment',
  'Reiterates once again its serious concern',
  'Reiterates support',
  'Reiterates with concern its request',
  'Rejects',
  'Rejects and condemns without any reservation',
  'Remains',
  'Remains concerned',
  'Remains deeply concerned',
  'Remains encouraged',
  'Remains however deeply concerned',
  'Reminds',
  'Renews',
  'Renews its call upon',
  'Renews its commitment',
  'Renews its decision',
  'Renews its previous call',
  'Renews its request',
  'Requests the Secretary-General',
  'Requires',
  'Resolves',
  'Respects',
  'Revises',
  'Signals',
  'Strengthens',
  'Stresses and re-emphasizes',
  'Stresses its commitment',
  'Stresses its continued determination',
  'Stresses the importance',
  'Stresses the urgent need for and calls',
  'Strives',
  'Suggests',
  'Supports and encourages',
  'Takes',
  'Takes full note',
  'Takes into account',
  'Takes note with concern',
  'Takes note with grave concern',
  'Takes note with great concern in that regard',
  'Takes note with interest',
  'Takes positive note',
  'Trusts',
  'Underlines its continued serious concern and alarm',
  'Underscores',
  'Underscores its very serious concern',
  'Understands',
  'Undertakes',
  'Values',
  'Welcomes and accepts with appreciation',
  'Welcomes and acknowledges',
  'Welcomes and continues to encourage',
  'Welcomes and encourages',
  'Welcomes and expresses its strong support',
  'Welcomes and expresses strong support',
  'Welcomes and notes with appreciation',
  'Welcomes and recognizes',
  'Welcomes and supports',
  'Welcomes and urges',
  'Welcomes in particular',
  'Welcomes in this regard',
  'Welcomes with satisfaction',
];

/** Adverbs that may stand before an opening word without changing what it is. */
const LEADING_ADVERBS =
  /^(?:Also|Further|Again|Once again|Equally|Strongly|Firmly|Deeply|Gravely|Seriously|Fully|Urgently|Solemnly|Emphatically|Resolutely|Categorically|Unequivocally|Warmly|Sincerely)$/;

export interface PhraseMatch {
  /** Length, in characters, of the matched phrase at the start of the text. */
  readonly length: number;
  /** True when the phrase (without any "also"/"further") is in the lexicon. */
  readonly known: boolean;
}

/** How a language's phrases are keyed and where a phrase must end: English and most languages by their first word. */
export interface LexiconForm {
  /** The group a phrase or a text belongs to: its first word (Chinese: its first character). */
  readonly keyOf: (text: string) => string;
  /** What may not follow a phrase: a letter, as the phrase would be part of a longer word. */
  readonly end: string;
}

const FIRST_WORD = /^[\p{L}-]+/u;
const ENGLISH_FORM: LexiconForm = { keyOf: (text) => FIRST_WORD.exec(text)?.[0] ?? '', end: '(?![\\p{L}\\p{N}-])' };

/**
 * The phrases grouped by their first word, each group one expression, longest first: a paragraph start is tried
 * against the few phrases of its own first word, not against hundreds. Each expression is built the first time
 * its word is met: building them all costs a quarter of a second at start-up.
 */
export function compileLexicon(
  phrases: readonly string[],
  form: LexiconForm = ENGLISH_FORM,
): { exec(text: string): RegExpExecArray | null } {
  const byKey = new Map<string, string[]>();
  for (const phrase of phrases) {
    const key = form.keyOf(phrase);
    const group = byKey.get(key) ?? [];
    group.push(phrase);
    byKey.set(key, group);
  }
  const compiled = new Map<string, RegExp>();
  const expressionOf = (key: string): RegExp | undefined => {
    const built = compiled.get(key);
    if (built) return built;
    const group = byKey.get(key);
    if (!group) return undefined;
    const longestFirst = [...group].sort((a, b) => b.length - a.length);
    const escaped = longestFirst.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    const expression = new RegExp(`^(?:${escaped.join('|')})${form.end}`, 'u');
    compiled.set(key, expression);
    return expression;
  };
  const capitalsOnly = phrases.every((phrase) => startsWithCapital(phrase));
  return {
    exec: (text) =>
      capitalsOnly && !startsWithCapital(text) ? null : (expressionOf(form.keyOf(text))?.exec(text) ?? null),
  };
}

/** Whether `text` starts with a capital letter: a test of its first character, far cheaper than a pattern. */
function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  return code >= 128 && /^\p{Lu}/u.test(text);
}

/** Every opening the parser knows: the drafting list and those of adopted texts. */
export const KNOWN_PREAMBULAR_PHRASES: readonly string[] = [...PREAMBULAR_PHRASES, ...CORPUS_PREAMBULAR_PHRASES];
export const KNOWN_OPERATIVE_PHRASES: readonly string[] = [...OPERATIVE_PHRASES, ...CORPUS_OPERATIVE_PHRASES];

const preambularLexicon = compileLexicon(KNOWN_PREAMBULAR_PHRASES);
const operativeLexicon = compileLexicon(KNOWN_OPERATIVE_PHRASES);

/** "Guided also by": "also" / "further" after the first word of a longer phrase. */
const SEQUENCE_INFIX = /^(\p{Lu}\p{Ll}+)(\s+(?:also|further))(?=\s)/u;
/** "also" / "further" after a preambular opening: "Recalling also", "Noting further". */
const SEQUENCE_SUFFIX = /^\s+(?:also|further|again)(?![\p{L}])/u;

/** "Recalling", "Having decided", and the older spelling with a hyphen, "Re-affirming". */
const PARTICIPLE =
  /^(?:(?:Having|Not having)\s+\p{Ll}+(?:ed|en|wn|ne|rd|id|ght)|\p{Lu}\p{Ll}+(?:-\p{Ll}+)?ing)(?![\p{L}-])/u;
/** "Concerned", "Deeply concerned"; after an adverb in "-ly" any past participle: "Deeply outraged by". */
const ADVERB_ADJECTIVE =
  /^(?:\p{Lu}\p{Ll}+ly\s+\p{Ll}{3,}ed(?![\p{L}-])|(?:\p{Lu}\p{Ll}+ly\s+)?(?:[Cc]oncerned|[Aa]larmed|[Aa]ware|[Cc]onvinced|[Mm]indful|[Cc]onscious|[Dd]etermined|[Gg]uided by|[Dd]esirous|[Cc]ognizant|[Ee]ncouraged|[Dd]isturbed|[Ss]hocked|[Dd]ismayed|[Pp]leased|[Gg]ratified|[Rr]esolved|[Cc]onfident)(?![\p{L}-]))/u;

/** An operative verb: present indicative third person ("Decides", "Urges", "Expresses"). */
const OPERATIVE_VERB = /^\p{Lu}\p{Ll}+(?:es|s)(?![\p{L}-])/u;

function withLeadingAdverb(
  text: string,
  matchCore: (rest: string) => PhraseMatch | undefined,
): PhraseMatch | undefined {
  const direct = matchCore(text);
  if (direct || !startsWithCapital(text)) return direct;
  const adverb = /^(\p{Lu}\p{Ll}+(?:\s+again)?)\s+/u.exec(text);
  if (!adverb || !LEADING_ADVERBS.test(adverb[1].replace(/\s+/g, ' '))) return undefined;
  const rest = text.slice(adverb[0].length);
  // The word after the adverb is lower case in running text: "Also welcomes".
  const capitalised = rest.charAt(0).toUpperCase() + rest.slice(1);
  const core = matchCore(capitalised);
  return core ? { length: adverb[0].length + core.length, known: core.known } : undefined;
}

/** Another language's openings, while a draft in that language is parsed (languages/index.ts). */
export interface ForeignOpenings {
  readonly preambular: (text: string) => PhraseMatch | undefined;
  readonly operative: (text: string) => PhraseMatch | undefined;
  readonly capitalised: boolean;
  /** The mark that ends a preambular paragraph and nothing else in the language: Arabic "،", Chinese "，". */
  readonly preambularMark?: string;
  readonly sectionLabel?: RegExp;
  /** Words a sentence of the language cannot end on: "и", "с". */
  readonly runsOn?: RegExp;
}

let foreign: ForeignOpenings | undefined;

/** The parser reads a draft in another language with that language's openings; undefined for English. */
export function useForeignOpenings(openings: ForeignOpenings | undefined): void {
  foreign = openings;
}

/** Whether openings start with a capital: in English, French and Spanish; not in Russian, Arabic, Chinese. */
export function openingsCapitalised(): boolean {
  return foreign?.capitalised ?? true;
}

/** The mark of the draft's language that ends only a preambular paragraph, if it has one of its own. */
export function ownPreambularMark(): string | undefined {
  return foreign?.preambularMark;
}

/** How the draft's language writes a section's label in words ("二", "ثانيا"), if it does. */
export function foreignSectionLabel(): RegExp | undefined {
  return foreign?.sectionLabel;
}

/** Whether the text ends on a word of the draft's language no sentence ends on, where the language has such a list. */
export function foreignRunsOn(text: string): boolean {
  return foreign?.runsOn?.test(text) ?? false;
}

/** `match` with its last answer kept: the parser asks it of the same block several times in a row. */
function rememberingLast(match: (text: string) => PhraseMatch | undefined): (text: string) => PhraseMatch | undefined {
  let lastText: string | undefined;
  let lastLanguage: ForeignOpenings | undefined;
  let lastMatch: PhraseMatch | undefined;
  return (text) => {
    if (text !== lastText || foreign !== lastLanguage) {
      lastMatch = match(text);
      lastText = text;
      lastLanguage = foreign;
    }
    return lastMatch;
  };
}

/** Matches the opening phrase of a preambular paragraph at the start of `text`. */
export const matchPreambularOpening = rememberingLast((text) =>
  foreign ? foreign.preambular(text) : preambularOpening(text),
);

/** Matches the opening verb phrase of an operative paragraph at the start of `text`. */
export const matchOperativeOpening = rememberingLast((text) =>
  foreign ? foreign.operative(text) : operativeOpening(text),
);

/** "While welcoming …", "In this regard, calling on …": the opening comes after a conjunction or a link. */
const PREAMBULAR_LEAD = /^(?:While|Whilst|In\s+(?:this|that)\s+(?:regard|context|connection|respect),)\s+(?=\p{Ll})/u;

function preambularOpening(text: string): PhraseMatch | undefined {
  const direct = preambularCore(text);
  const lead = direct ? null : PREAMBULAR_LEAD.exec(text);
  if (!lead) return direct;
  const rest = text.slice(lead[0].length);
  const core = preambularCore(rest.charAt(0).toUpperCase() + rest.slice(1));
  return core ? { length: lead[0].length + core.length, known: core.known } : undefined;
}

function preambularCore(text: string): PhraseMatch | undefined {
  const core = (t: string): PhraseMatch | undefined => {
    // Participles, sequence words and the phrases of the lexicon start with a capital; "concerned" need not.
    const capital = startsWithCapital(t);
    const known = preambularLexicon.exec(t);
    const generic = known ? undefined : ((capital ? PARTICIPLE.exec(t) : null) ?? ADVERB_ADJECTIVE.exec(t));
    const m = known ?? generic;
    if (!m) {
      // "Guided also by": the sequence word inside a phrase of the lexicon.
      const infix = capital ? SEQUENCE_INFIX.exec(t) : null;
      const phrase = infix ? core(infix[1] + t.slice(infix[0].length)) : undefined;
      if (!infix || !phrase || phrase.length <= infix[1].length) return undefined;
      return { length: phrase.length + infix[2].length, known: phrase.known };
    }
    const suffix = SEQUENCE_SUFFIX.exec(t.slice(m[0].length));
    return { length: m[0].length + (suffix ? suffix[0].length : 0), known: Boolean(known) };
  };
  return withLeadingAdverb(text, core);
}

function operativeOpening(text: string): PhraseMatch | undefined {
  const core = (t: string): PhraseMatch | undefined => {
    if (!startsWithCapital(t)) return undefined; // every operative verb and phrase does
    const known = operativeLexicon.exec(t);
    if (known) return { length: known[0].length, known: true };
    const generic = OPERATIVE_VERB.exec(t);
    return generic ? { length: generic[0].length, known: false } : undefined;
  };
  return withLeadingAdverb(text, core);
}
