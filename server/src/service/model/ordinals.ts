/** Ordinal numbers in words, as the UN writes them: "third", "twenty-first", "sixty-fifth", "one hundredth". */

const UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINAL = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];
const HUNDREDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function below100(n: number): string {
  if (n < 20) return UNITS[n];
  const unit = n % 10;
  return unit === 0 ? TENS_ORDINAL[Math.floor(n / 10)] : `${TENS[Math.floor(n / 10)]}-${UNITS[unit]}`;
}

/** 1 → "first", 65 → "sixty-fifth", 101 → "one hundred and first"; from 1 to 999, else digits with "th". */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return `${n}th`;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return below100(rest);
  const head = `${HUNDREDS[hundreds]} hundred`;
  return rest === 0 ? `${head}th` : `${head} and ${below100(rest)}`;
}

const VALUES = new Map<string, number>();
for (let n = 1; n <= 999; n++) VALUES.set(ordinalWord(n), n);

/** "Sixty-fifth" → 65 (any case); undefined when it is not an ordinal in words. */
export function ordinalValue(word: string): number | undefined {
  return VALUES.get(word.toLowerCase());
}

/** An ordinal in words, spelled with the capitals of `like`: "Sixty-third" gives "Sixty-fourth". */
export function ordinalLike(n: number, like: string): string {
  const word = ordinalWord(n);
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  return like[0] === like[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
