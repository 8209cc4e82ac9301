import { FORMULAS, OPERATIVE, PREAMBULAR } from './lexicons/es';
import type { LanguageConventions } from './types';

/**
 * Each adjective or participle opening in both genders and numbers: the corpus writes the Assembly's "Guiada",
 * "Convencida" most often, the Council's "Guiado", "Convencido" seldom. The word that agrees is the first, or the
 * second after an adverb ("Profundamente preocupada"); a gerund ("Recordando") agrees with nothing.
 */
function agreeing(openings: readonly string[]): string[] {
  const all = new Set(openings);
  for (const opening of openings) {
    const words = opening.split(' ');
    const i = words.length > 1 && /mente$/u.test(words[0]) ? 1 : 0;
    if (/(?:ndo|ndose)$/u.test(words[i]) || !/[ao]s?$/u.test(words[i])) continue;
    // "Conocedora", "Conocedor"; else "Decidida", "Decidido".
    const agent = /or(?:a|as|es)?$/u.test(words[i]);
    const stem = words[i].replace(agent ? /(?<=or)(?:a|as|es)?$/u : /[ao]s?$/u, '');
    for (const ending of agent ? ['', 'a', 'es', 'as'] : ['a', 'o', 'as', 'os'])
      all.add([...words.slice(0, i), stem + ending, ...words.slice(i + 1)].join(' '));
  }
  return [...all];
}

export const SPANISH: LanguageConventions = {
  code: 'es',
  name: 'Español',
  formulas: [...FORMULAS, 'La Conferencia'],
  preambular: agreeing(PREAMBULAR),
  operative: OPERATIVE,
  // "Recordando", "Teniendo presente": the gerund; with its pronoun, which moves the stress: "Haciéndose eco",
  // "Guiándose", "Esforzándose".
  genericPreambular: /^\p{Lu}\p{Ll}+(?:ando|iendo|yendo|(?:ándo|[iy]éndo)(?:se|nos|l[aeo]s?))(?![\p{L}])/u,
  capitalised: true,
  punctuation: { preambular: ',', operative: ';', last: '.' },
  spaceBeforePunctuation: false,
  numberMarker: '.',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  // The meeting line after the last paragraph: "50a sesión plenaria".
  closing: /^\d{1,4}(?:a|ª)\.?[ \t\u00a0]+sesión(?![\p{L}])/u,
  markers: /\b(?:los|las|del|el|y|Asamblea|Consejo de Seguridad)\b/gu,
  citations: {
    keyword: /(?<![\p{L}])[Rr]esoluci(?:ón|ones)(?![\p{L}])/gu,
    beforeList: /^(?:del?\s+(?:la\s+)?[\p{L}-]+(?:\s+(?:de|del|y|la|los)?\s*[\p{L}-]+){0,4}\s+)?/u,
    separator: /^(?:,\s*(?:y\s+)?|\s+y\s+|\s+a\s+)/u,
    date: /^,?\s+de\s+\d{1,2}\s+de\s+\p{L}+\s+de\s+\d{4}/u,
    title: /^,?\s+titulad[ao]s?\s+[“"][^“”"]{1,400}[”"]/u,
    about: /^,?\s+(?:(?:sobre|relativ[ao]s?|acerca|en\s+la\s+que|por\s+la\s+que)\s|[“"«])/u,
    // ", anexo", and the paragraph or section cited: "59/39, párr. 9, y 65/21", "59/276, sección XI, de".
    annex:
      /^,\s+(?:anexos?(?:\s+[IVXL]+)?|párrs?\.\s+\d{1,3}(?:\s*(?:,|y|a)\s*\d{1,3}(?![\d/]))*|secci[óo]n\s+[IVXL]+)(?![\p{L}\d])/u,
    securityCouncil: /Consejo de Seguridad/u,
    economicAndSocialCouncil: /Consejo Económico y Social/u,
    humanRightsCouncil: /Consejo de Derechos Humanos/u,
    // Not "del Consejo de Seguridad", "de Administración", "Económico y Social".
    councilAfterNumber: /^\s+del\s+Consejo(?:\s+de\s+Derechos\s+Humanos)?(?![\p{L}])(?!\s+(?:de|Econ))/u,
  },
};
