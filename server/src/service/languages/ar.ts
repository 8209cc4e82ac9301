import { FORMULAS, OPERATIVE, PREAMBULAR } from './lexicons/ar';
import type { LanguageConventions } from './types';

/** A word as Arabic texts may write it: drawn out ("قــرار") or vowelled ("قرارَها", "قراريْها"). */
const stretched = (word: string): string => [...word].map((letter) => `${letter}[ـ\\p{M}]*`).join('');
const either = (words: readonly string[]): string => words.map(stretched).join('|');

export const ARABIC: LanguageConventions = {
  code: 'ar',
  name: 'العربية',
  formulas: FORMULAS,
  preambular: PREAMBULAR,
  operative: OPERATIVE,
  // "إذ تشير", "وإذ تؤكد": "while" (with "and") and a verb; "رغبة منها", "واعتقادا منه": a verbal noun and "on its part".
  genericPreambular: /^(?:و?إذ\s+[\p{L}\p{M}]+|[\p{L}\p{M}\u0640]+[ \t\u00a0]+منه(?:ا|م)?(?![\p{L}\p{M}]))/u,
  marksOptional: true,
  capitalised: false,
  punctuation: { preambular: '،', operative: '؛', last: '.' },
  clauseMarks: '،؛؟',
  spaceBeforePunctuation: false,
  numberMarker: ' -',
  // The UN's order: أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ.
  letters: [...'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ'],
  // Syriac and Latin names together, as UN texts write them: "كانون الأول/ديسمبر".
  months: [
    'كانون الثاني/يناير',
    'شباط/فبراير',
    'آذار/مارس',
    'نيسان/أبريل',
    'أيار/مايو',
    'حزيران/يونيه',
    'تموز/يوليه',
    'آب/أغسطس',
    'أيلول/سبتمبر',
    'تشرين الأول/أكتوبر',
    'تشرين الثاني/نوفمبر',
    'كانون الأول/ديسمبر',
  ],
  // The meeting line after the last paragraph: "الجلسة العامة 53".
  closing: /^الجلسة[ \t\u00a0]+(?:العامة[ \t\u00a0]+)?\d{1,4}(?![\p{N}])/u,
  markers: /[\u0600-\u06ff]+/gu,
  // "ثانيا جدول المؤتمرات": the ordinal adverbs "first", "second" … where English writes "II".
  sectionLabel:
    /^(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|(?:حادي|ثاني|ثالث|رابع|خامس) عشر)(?![\p{L}\p{M}])/u,
  citations: {
    // "قرارها", "والقرارات", "للقرار" (ل and the article's ل), "القراران", "قراريه"; drawn out too ("قــــراراتها");
    // "قرارتها", a slip some adopted texts keep.
    keyword: new RegExp(
      `(?<![\\p{L}])[وف]?(?:لل|[بلك]?(?:ال)?)${stretched('قرار')}(?:${either(['ات', 'ت', 'ان', 'ين', 'ي', 'ا'])})?` +
        `(?:${either(['هما', 'هم', 'ها', 'ه'])})?(?![\\p{L}])`,
      'gu',
    ),
    beforeList: /^(?:(?:الجمعية العامة|الجمعية|مجلس الأمن|مجلس حقوق الإنسان|المجلس الاقتصادي والاجتماعي|المجلس)\s+)?/u,
    separator: /^(?:،?\s*و\s*|،\s*)/u,
    // "المؤرخ 4 كانون الأول/ ديسمبر 2006(¹)", also drawn out ("المـــؤرخ") or vowelled ("المؤرَّخ"), or in Arabic-Indic
    // digits ("٦ كانون الأول/ديسمبر ٢٠١٠").
    date: /^،?\s+المـ*ؤ\p{M}*ر\p{M}*خ\p{M}*(?:تين|تان|ين|ان|ة)?\s+[\d\u0660-\u0669]{1,2}\s+[\p{L}\s]+\/\s*\p{L}+\s+[\d\u0660-\u0669]{4}(?:\s*\((?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2})\))?/u,
    // Its quotes either way round: "المعنون ”…“", "“…”".
    title: /^،?\s+المعنون(?:ة|ين|تين|تان|ان)?\s+[“”][^“”]{1,400}[“”]/u,
    // And a date it cannot read ("المؤرخ 29 أيلول/سبتمبر(¹)", its year left out).
    about: /^،?\s+(?:(?:بشأن|المتعلق\p{L}*|عن|الذي|التي|المـ*ؤ\p{M}*ر\p{M}*خ\p{L}*)\s|[“”])/u,
    // "، المرفق", and the paragraph or part cited: "59/39، الفقرة 9، و 65/21", "59/276، الجزء الحادي عشر، المؤرخ".
    annex:
      /^،\s*(?:المرفق(?:\s+(?!و\s)\p{L}+)?|الفقر(?:ة|تان|تين|ات)\s+\d{1,3}(?:\s*(?:و|-|،)\s*\d{1,3}(?![\d/]))*|الجزء(?:\s+(?!و\s)\p{L}+){1,2})(?![\p{L}\d])/u,
    // The parts of a resolution spelt out, A first: "52/38 لام" is 52/38 L.
    parts: ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام', 'ميم'].concat([
      'نون',
      'سين',
      'عين',
      'فاء',
      'صاد',
      'قاف',
      'راء',
      'شين',
      'تاء',
      'ثاء',
      'خاء',
      'ذال',
      'ضاد',
    ]),
    securityCouncil: /مجلس الأمن/u,
    economicAndSocialCouncil: /المجلس الاقتصادي والاجتماعي/u,
    // Or "قرار المجلس 27/21", "the Council's" before a session's number, which is of no other Council.
    humanRightsCouncil: /مجلس حقوق الإنسان|قرار\p{L}*\s+المجلس\s+\d{1,2}\//u,
  },
};
