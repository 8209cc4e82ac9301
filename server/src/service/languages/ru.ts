import { FORMULAS, OPERATIVE, PREAMBULAR } from './lexicons/ru';
import type { LanguageConventions } from './types';

export const RUSSIAN: LanguageConventions = {
  code: 'ru',
  name: 'Русский',
  formulas: FORMULAS,
  preambular: PREAMBULAR,
  operative: OPERATIVE,
  // "ссылаясь", "отмечая", "приняв": the adverbial participle, in lower case, after at most four words of manner
  // ("с глубокой обеспокоенностью вновь отмечая", "должным образом принимая"); "будучи убеждена"; reflexive,
  // "присоединяясь", "обязуясь", not the past tense's "-лась". Not the reflexive adjective's "-ся" ("состоявшиеся",
  // "касающейся"), which goes on a sentence, nor a short word ("для").
  genericPreambular: /^(?:(?:\p{Ll}+[ \u00a0]+){0,4}?\p{Ll}{3,}(?:(?<!с)я|в|вшись|(?<!л)[ая]сь)|будучи)(?![\p{L}])/u,
  capitalised: false,
  punctuation: { preambular: ',', operative: ';', last: '.' },
  spaceBeforePunctuation: false,
  numberMarker: '.',
  // Genitive, as dates write them: "4 декабря 2006 года".
  months: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  // The meeting line after the last paragraph: "46-е пленарное заседание", with a no-break hyphen or a Latin "e" too;
  // "52-е (возобновленное) пленарное заседание".
  closing: new RegExp(
    '^\\d{1,4}[-\\u2011\\u2013]?[еe][ \\t\\u00a0]+(?:\\(возобновленное\\)[ \\t\\u00a0]+)?' +
      '(?:пленарное[ \\t\\u00a0]+)?заседание(?![\\p{L}])',
    'u',
  ),
  // "… специализированных учреждений16 и" / "Конвенции о …": a conjunction or a preposition ends no sentence.
  runsOn: new RegExp(
    '(?<![\\p{L}])(?:и|или|а|но|в|во|на|с|со|о|об|по|к|ко|от|для|за|из|до|при|между|без|через|под|над|что|чтобы)$',
    'u',
  ),
  markers: /[\u0400-\u04ff]+/gu,
  citations: {
    keyword: /(?<![\p{L}])[Рр]езолюци(?:я|ю|и|й|ей|ям|ями|ях)(?![\p{L}])/gu,
    beforeList:
      /^(?:(?:Генеральной Ассамблеи|Ассамблеи|Совета Безопасности|Совета по правам человека|Экономического и Социального Совета|Совета(?=\s+\d{1,4}\s?\(\d{4}\)))\s+)?/u,
    separator: /^(?:,\s*(?:и\s+)?|\s+и\s+)/u,
    date: /^,?\s+от\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+года/u,
    title: /^,?\s+озаглавленн\p{L}*\s+«[^«»]{1,400}»/u,
    // "от 16 декабря 2015 года об общем обзоре …, 73/189", "74/274 «Международное сотрудничество …», 75/156"; and a
    // date it cannot read ("от 31декабря 2020 года").
    about: /^,?\s+(?:(?:о|об|обо|от|по|под\s+названием|относительно|касающ\p{L}+|в\s+котор\p{L}+|котор\p{L}+)\s|«)/u,
    // ", приложение", and the section or paragraph cited: "52/214, разд. B, 57/283 B, разд. III, и", "59/39, п. 9, и".
    annex:
      /^,\s+(?:приложени[ея](?:\s+[IVXL]+)?|разд(?:\.|ел)\s+(?:[IVXL]+|[A-ZА-Я])|пп?\.\s+\d{1,3}(?:\s*(?:,|и)\s*\d{1,3}(?![\d/]))*)(?![\p{L}\d])/u,
    securityCouncil: /Совет\p{L}* Безопасности/u,
    economicAndSocialCouncil: /Экономическ\p{L}* и Социальн\p{L}* Совет\p{L}*/u,
    humanRightsCouncil: /Совет\p{L}* по правам человека/u,
    // "резолюция 53/30 Совета от …": a session's number is of no other Council; not "Совета Безопасности".
    councilAfterNumber: /^\s+Совета(?:\s+по\s+правам\s+человека)?(?![\p{L}])(?!\s+(?:Безопасности|Экономическ))/u,
  },
};
