import { FORMULAS, OPERATIVE, PREAMBULAR } from './lexicons/ar';
import type { LanguageConventions } from './types';

export const ARABIC: LanguageConventions = {
  code: 'ar',
  name: 'العربية',
  formulas: FORMULAS,
  preambular: PREAMBULAR,
  operative: OPERATIVE,
  // "إذ تشير", "وإذ تؤكد": "while" (with "and") and a verb.
  genericPreambular: /^و?إذ\s+[\p{L}\p{M}]+/u,
  capitalised: false,
  punctuation: { preambular: '،', operative: '؛', last: '.' },
  spaceBeforePunctuation: false,
  numberMarker: ' -',
  // The UN's order: أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ.
  letters: ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر'],
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
  markers: /[\u0600-\u06ff]+/gu,
  citations: {
    keyword: /(?<![\p{L}])(?:و|ب|ل|وب|ول)?(?:ال)?قرار(?:ات|ي|ين|ا|)(?:ها|ه|هما|هم|)(?![\p{L}])/gu,
    beforeList: /^(?:(?:الجمعية العامة|مجلس الأمن|مجلس حقوق الإنسان|المجلس الاقتصادي والاجتماعي)\s+)?/u,
    separator: /^(?:،?\s*و\s*|،\s*)/u,
    date: /^،?\s+المؤرخ(?:ين|ة|ان|)?\s+\d{1,2}\s+[\p{L}\s]+\/\p{L}+\s+\d{4}/u,
    securityCouncil: /مجلس الأمن/u,
    humanRightsCouncil: /مجلس حقوق الإنسان/u,
  },
};
