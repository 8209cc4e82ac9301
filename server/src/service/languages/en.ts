import { OPERATIVE_PHRASES, PREAMBULAR_PHRASES } from '../model/lexicon';
import { MONTH_NAMES } from '../model/months';
import type { LanguageConventions } from './types';

/** English: the service's own lexicon and grammar (model/lexicon.ts, citations/); here only what others share. */
export const ENGLISH: LanguageConventions = {
  code: 'en',
  name: 'English',
  formulas: ['The General Assembly', 'The Security Council'],
  preambular: PREAMBULAR_PHRASES,
  operative: OPERATIVE_PHRASES,
  capitalised: true,
  punctuation: { preambular: ',', operative: ';', last: '.' },
  spaceBeforePunctuation: false,
  numberMarker: '.',
  months: MONTH_NAMES,
  markers: /\b(?:the|of|and|General Assembly|Security Council)\b/g,
};
