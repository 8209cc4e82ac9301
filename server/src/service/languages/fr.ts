import { FORMULAS, OPERATIVE, PREAMBULAR } from './lexicons/fr';
import type { LanguageConventions } from './types';

/** A feminine or masculine ending of an adjective or participle, singular or plural, and the four forms it has. */
const AGREEMENT: readonly [RegExp, readonly string[]][] = [
  [/ées?$|és?$/u, ['é', 'ée', 'és', 'ées']],
  [/ues?$|us?$/u, ['u', 'ue', 'us', 'ues']],
  [/ètes?$|ets?$/u, ['et', 'ète', 'ets', 'ètes']],
  [/euses?$|eux$/u, ['eux', 'euse', 'eux', 'euses']],
  [/ives?$|ifs?$/u, ['if', 'ive', 'ifs', 'ives']],
  [/(?<=[aeiou]i|[ei]n)tes?$|(?<=[aeiou]i|[ei]n)ts?$/u, ['t', 'te', 'ts', 'tes']],
];

/**
 * Each adjective or participle opening in every gender and number: the corpus writes the Assembly's
 * "Déterminée", "Gravement préoccupée" most often, the Council's "Déterminé", a declaration's "Convaincus" seldom.
 * The word that agrees is the first, or the second after an adverb ("Gravement"); a present participle
 * ("Rappelant") agrees with nothing.
 */
function agreeing(openings: readonly string[]): string[] {
  const all = new Set(openings);
  for (const opening of openings) {
    const words = opening.split(' ');
    const i = words.length > 1 && /ment$/u.test(words[0]) ? 1 : 0;
    const rule = /ant$/u.test(words[i]) ? undefined : AGREEMENT.find(([ending]) => ending.test(words[i]));
    if (!rule) continue;
    const stem = words[i].replace(rule[0], '');
    for (const ending of rule[1]) all.add([...words.slice(0, i), stem + ending, ...words.slice(i + 1)].join(' '));
  }
  return [...all];
}

export const FRENCH: LanguageConventions = {
  code: 'fr',
  name: 'Français',
  formulas: [...FORMULAS, 'La Conférence', 'Le Conseil des ministres des affaires étrangères'],
  preambular: agreeing(PREAMBULAR),
  operative: OPERATIVE,
  // "Rappelant", "Soulignant": the present participle; reflexive ("S’associant", "Se réjouissant"), or a declaration's
  // ("Nous déclarant").
  genericPreambular: /^(?:\p{Lu}|S[’']|(?:Se|Nous)\s+\p{Ll})\p{Ll}+ant(?![\p{L}])/u,
  capitalised: true,
  punctuation: { preambular: ',', operative: ';', last: '.' },
  spaceBeforePunctuation: true,
  numberMarker: '.',
  letters: undefined,
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  // The meeting line after the last paragraph: "50e séance plénière", "1re séance".
  closing: /^\d{1,4}(?:e|re|ère|ème)[ \t\u00a0]+séance(?![\p{L}])/u,
  markers: /\b(?:les|des|du|la|et|Assemblée|Conseil de sécurité)\b/gu,
  citations: {
    keyword: /(?<![\p{L}])[Rr]ésolutions?(?![\p{L}])/gu,
    beforeList: /^(?:(?:du|de l[’']|de la|des)\s+[\p{L}’'-]+(?:\s+(?:de|des|du|et|de l[’'])?\s*[\p{L}’'-]+){0,4}\s+)?/u,
    separator: /^(?:,\s*(?:et\s+)?|\s+et\s+|\s+à\s+)/u,
    date: /^,?\s+(?:du|en date du)\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}/u,
    title: /^,?\s+intitulées?\s+«[^«»]{1,400}»/u,
    about: /^,?\s+(?:(?:sur|relatives?|concernant|portant|dans\s+laquelle|par\s+laquelle)\s|«)/u,
    // ", annexe", and the paragraph or section cited: "69/117, par. 8, 70/116", "57/283 B, sect. III, et".
    annex:
      /^,\s+(?:annexes?(?:\s+[IVXL]+)?|par\.\s+\d{1,3}(?:\s*(?:,|et|à)\s*\d{1,3}(?![\d/]))*|sect\.\s+[IVXL]+)(?![\p{L}\d])/u,
    securityCouncil: /Conseil de sécurité/u,
    economicAndSocialCouncil: /Conseil économique et social/u,
    humanRightsCouncil: /Conseil des droits de l[’']homme/u,
    // Not "du Conseil de sécurité", "d’administration", "économique et social".
    councilAfterNumber: /^\s+du\s+Conseil(?:\s+des\s+droits\s+de\s+l[’']homme)?(?![\p{L}])(?!\s+(?:d[’'e]|é))/u,
  },
};
