/** The six languages of the United Nations, by their ISO 639-1 codes. */
export type LanguageCode = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';

/**
 * How one language's citations are written: the keyword a list of resolution numbers follows, the
 * words that join the list, the dates between its numbers, and the organs named around it.
 */
export interface CitationGrammar {
  /** "résolution(s)", "resolución/resoluciones", "резолюция/…", "قرار/قراراتها/…" (global, sticky-free). */
  readonly keyword: RegExp;
  /** Between the keyword and the first number: "du Conseil de sécurité", "Совета Безопасности". */
  readonly beforeList: RegExp;
  /** Between two numbers: ", ", " et ", ", y ", " и ", "، و ". */
  readonly separator: RegExp;
  /** A date after a number: "du 4 décembre 2006", ", de 4 de diciembre de 2006", "от 4 декабря 2006 года". */
  readonly date: RegExp;
  /** The title after a numbered item, before the list goes on: ", intitulée « … »", "المعنون “…”". */
  readonly title?: RegExp;
  /**
   * The start of what a list says about an item before it goes on to the next: "70/125 от 16 декабря 2015 года об
   * общем обзоре …, 73/189", "«Укрепление …», 75/156"; the list goes on at the next number of the same form.
   */
  readonly about?: RegExp;
  /** The annex of a numbered item, before the list goes on: "S-23/2, annexe, et S-23/3", "، المرفق". */
  readonly annex?: RegExp;
  /** A resolution's parts, A first, where they are words after its number: Arabic "ألف", "باء". */
  readonly parts?: readonly string[];
  /** The Security Council named near a list: its numbers are the Council's. */
  readonly securityCouncil: RegExp;
  /**
   * The Human Rights Council named right after a number, or "the Council" alone where the session's numbers can be no
   * other's: "27/21 du Conseil", "39/8 del Consejo de Derechos Humanos"; not "du Conseil de sécurité".
   */
  readonly councilAfterNumber?: RegExp;
  /** The Human Rights Council named near a list. */
  readonly humanRightsCouncil: RegExp;
  /** The Economic and Social Council named near a list: its numbers ("2016/6") are years. */
  readonly economicAndSocialCouncil: RegExp;
}

/** A language's drafting conventions: data the parser, the checks, completion and the citation grammar share. */
export interface LanguageConventions {
  readonly code: LanguageCode;
  /** The language's own name, for the status bar. */
  readonly name: string;
  /** Enacting formulas without their punctuation: "L’Assemblée générale", "إن مجلس الأمن". */
  readonly formulas: readonly string[];
  /** Openings of preambular and operative paragraphs, as adopted texts write them. */
  readonly preambular: readonly string[];
  readonly operative: readonly string[];
  /** An opening the lexicon lacks but the grammar makes: a participle, a gerund, "وإذ" and a verb. */
  readonly genericPreambular?: RegExp;
  /** Vowel marks and the tatweel are optional in openings and formulas: Arabic "وإدراكاً منها", "وإدراكا منها". */
  readonly marksOptional?: boolean;
  /** Openings start with a capital (English, French, Spanish); Russian writes them in lower case. */
  readonly capitalised: boolean;
  /** Paragraph ends: preambular, operative, the last operative paragraph. */
  readonly punctuation: { readonly preambular: string; readonly operative: string; readonly last: string };
  /** Marks besides the Latin ".;:,!?" that end a clause or a paragraph: Arabic "،" "؛", Chinese "，" "；" "。" "：". */
  readonly clauseMarks?: string;
  /** A space (no-break or not) before ";", ":", "!" and "?": French typography. */
  readonly spaceBeforePunctuation: boolean;
  /** How operative numbers are written: "1." or, in Arabic, "1 -". */
  readonly numberMarker: string;
  /** Sub-paragraph labels of the first degree, in order: a, b, c … or أ, ب, ج … */
  readonly letters?: readonly string[];
  /** Month names, January first, as dates write them. */
  readonly months: readonly string[];
  /** The meeting line that closes an adopted text: "50e séance plénière", "الجلسة العامة 53", "第46次全体会议". */
  readonly closing?: RegExp;
  /** A section's label at a heading's start, where the language writes it in words: "二", "ثانيا". */
  readonly sectionLabel?: RegExp;
  /** Words a sentence cannot end on ("и", "с"), at a line's end: the line runs on, and is no heading. */
  readonly runsOn?: RegExp;
  /** Words that tell the language from its neighbours in a text's first lines. */
  readonly markers: RegExp;
  readonly citations?: CitationGrammar;
}
