import { FORMULAS, OPERATIVE, PREAMBULAR } from './lexicons/fr';
import type { LanguageConventions } from './types';

export const FRENCH: LanguageConventions = {
  code: 'fr',
  name: 'Français',
  formulas: [...FORMULAS, 'La Conférence', 'Le Conseil des ministres des affaires étrangères'],
  preambular: PREAMBULAR,
  operative: OPERATIVE,
  // "Rappelant", "Soulignant": the present participle.
  genericPreambular: /^\p{Lu}\p{Ll}+ant(?![\p{L}])/u,
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
