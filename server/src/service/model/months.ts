/** Month names as drafts write them, for dates in datelines, citations and closing lines. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "January|February|…" for regular expressions (matched case-insensitively). */
export const MONTH_PATTERN = MONTH_NAMES.join('|');

/** 1 for "January" (any case) … 12 for "December"; 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
}
