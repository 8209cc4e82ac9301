/**
 * Word's automatic numbering, written out: the numbers Word shows before list paragraphs ("1.", "(a)",
 * "(iii)"), counted as Word counts them from numbering.xml — per list, per level, a level restarting
 * the levels below it. Bullets and levels without a number give no label.
 */
import { toRoman } from '../../service/model/subparagraphs';
import { childElements, firstChild, XmlElement } from './wordXml';

interface Level {
  readonly format: string;
  /** "%1.", "(%2)": where the counters of the levels go. */
  readonly text: string;
  readonly start: number;
}

/** A paragraph's place in a list: the list (`w:numId`) and the level (`w:ilvl`). */
export interface ListPlace {
  readonly numId: string;
  readonly level: number;
}

const NUMBERED_FORMATS = new Set(['decimal', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'decimalZero']);

export class WordNumbering {
  /** Each list's levels, by `w:numId`, and the levels whose start it overrides. */
  private readonly lists = new Map<string, { abstract: string; levels: Map<number, Level>; restarts: Set<number> }>();
  /**
   * Counters are kept per abstract list: lists that share one continue each other, as in Word; a list that
   * overrides a level's start restarts the count there the first time it is used (LibreOffice writes
   * the first item of a list so, and the rest with the plain list).
   */
  private readonly counters = new Map<string, number[]>();
  private readonly restarted = new Set<string>();

  constructor(numbering: XmlElement | undefined) {
    if (!numbering) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const abstract of childElements(numbering, 'abstractNum')) {
      abstracts.set(abstract.attributes.abstractNumId, levelsOf(childElements(abstract, 'lvl')));
    }
    for (const num of childElements(numbering, 'num')) {
      const abstractId = firstChild(num, 'abstractNumId')?.attributes.val ?? '';
      const levels = new Map(abstracts.get(abstractId) ?? []);
      const restarts = new Set<number>();
      for (const override of childElements(num, 'lvlOverride')) {
        const level = Number(override.attributes.ilvl);
        const start = firstChild(override, 'startOverride')?.attributes.val;
        const base = levelsOf(childElements(override, 'lvl')).get(level) ?? levels.get(level);
        if (!base) continue;
        levels.set(level, start === undefined ? base : { ...base, start: Number(start) });
        restarts.add(level);
      }
      this.lists.set(num.attributes.numId, { abstract: abstractId, levels, restarts });
    }
  }

  /** The label of the next paragraph at `place`, counting it; undefined for a bullet or an unknown list. */
  next(place: ListPlace): string | undefined {
    const list = this.lists.get(place.numId);
    const level = list?.levels.get(place.level);
    if (!list || !level) return undefined;
    const counters = this.counters.get(list.abstract) ?? [];
    this.counters.set(list.abstract, counters);
    const restart = list.restarts.has(place.level) && !this.restarted.has(`${place.numId}#${place.level}`);
    if (restart) this.restarted.add(`${place.numId}#${place.level}`);
    counters[place.level] = counters[place.level] === undefined || restart ? level.start : counters[place.level] + 1;
    // A paragraph at a level restarts the levels below it.
    counters.length = place.level + 1;
    if (!NUMBERED_FORMATS.has(level.format)) return undefined;
    let missing = false;
    const label = level.text.replace(/%(\d)/g, (_, n: string) => {
      const at = Number(n) - 1;
      const format = list.levels.get(at)?.format ?? 'decimal';
      const value = counters[at] ?? list.levels.get(at)?.start;
      if (value === undefined) missing = true;
      return formatNumber(value ?? 0, format);
    });
    return missing || !label.trim() ? undefined : label.trim();
  }
}

function levelsOf(lvls: readonly XmlElement[]): Map<number, Level> {
  return new Map(
    lvls.map((lvl) => [
      Number(lvl.attributes.ilvl),
      {
        format: firstChild(lvl, 'numFmt')?.attributes.val ?? 'decimal',
        text: firstChild(lvl, 'lvlText')?.attributes.val ?? '',
        start: Number(firstChild(lvl, 'start')?.attributes.val ?? 1),
      },
    ]),
  );
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

/** Word's letters: a … z, then aa … zz, then aaa. */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  return value < 1 || value > 3999 ? String(value) : toRoman(value);
}
