import type { LanguageCode } from './types';

/** Each language's English name, as messages and the status bar call it. */
export const LANGUAGE_NAMES: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ru: 'Russian',
  ar: 'Arabic',
  zh: 'Chinese',
};
