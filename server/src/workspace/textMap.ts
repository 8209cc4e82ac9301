import type { TextWindow } from '../service';
import type { RandomAccessFile } from './workspace';

/**
 * Where a plain-text corpus file's lines start in its bytes: so that a hover or the agreed-language finder reads the
 * few kilobytes around what it quotes instead of the whole file. Triples of (offset in the text, in UTF-16 units;
 * offset in the file, in bytes; line), at a line start every STEP units or so: the first at the text's start (after
 * a BOM), the last at its end. A window read from one line start to another decodes on its own: a line break is one
 * byte, never inside a UTF-8 sequence.
 */
const STEP = 2048;
const FIELDS = 3;

/**
 * The map of `text`, decoded from valid UTF-8 `bytes` from `from` on (after a BOM). Without a carriage return, the
 * n-th line feed of the text is the n-th of the bytes: both are found by search, line by line.
 */
export function textMapOf(text: string, bytes: Uint8Array, from: number): Int32Array {
  if (text.includes('\r')) return textMapCounted(bytes, from);
  const map = [0, from, 0];
  let [unit, byte, line, mapped] = [0, from, 0, 0];
  for (let feed = text.indexOf('\n'); feed >= 0; feed = text.indexOf('\n', unit)) {
    [unit, byte] = [feed + 1, bytes.indexOf(10, byte) + 1];
    line++;
    if (unit - mapped >= STEP) map.push((mapped = unit), byte, line);
  }
  map.push(text.length, bytes.length, line);
  return Int32Array.from(map);
}

/** The same, counting as the bytes go: UTF-16 units and line breaks as LineIndex counts them (\r\n, \n, \r). */
function textMapCounted(bytes: Uint8Array, from: number): Int32Array {
  const map = [0, from, 0];
  let [units, line, mapped] = [0, 0, 0];
  for (let i = from; i < bytes.length; i++) {
    const byte = bytes[i];
    // A sequence's first byte counts its units: a four-byte one is a surrogate pair.
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
    if (byte === 10 || (byte === 13 && bytes[i + 1] !== 10)) {
      line++;
      if (units - mapped >= STEP) map.push((mapped = units), i + 1, line);
    }
  }
  map.push(units, bytes.length, line);
  return Int32Array.from(map);
}

/** Whether `map` can be a text map of a text of `textLength` units: offsets and lines never going back. */
export function wellFormedTextMap(map: Int32Array, textLength: number): boolean {
  if (map.length < 2 * FIELDS || map.length % FIELDS !== 0 || map[0] !== 0 || map[2] !== 0) return false;
  if (map[map.length - FIELDS] !== textLength || map[1] < 0) return false;
  for (let i = FIELDS; i < map.length; i += FIELDS)
    for (let f = 0; f < FIELDS; f++) if (map[i + f] < map[i - FIELDS + f]) return false;
  return true;
}

/**
 * The text from the last mapped line start at or before `start` to the first at or after `end` (the text's end at
 * most), read from `file`; undefined when the file's bytes there do not decode to text of the mapped length (the
 * file is not what was mapped).
 */
export function readTextWindow(
  file: RandomAccessFile,
  map: Int32Array,
  start: number,
  end: number,
): TextWindow | undefined {
  const triples = map.length / FIELDS;
  let from = 0;
  while (from + 1 < triples - 1 && map[(from + 1) * FIELDS] <= start) from++;
  let to = from + 1;
  while (to < triples - 1 && map[to * FIELDS] < end) to++;
  const [unit, byte, line] = map.subarray(from * FIELDS, from * FIELDS + FIELDS);
  const [endUnit, endByte] = map.subarray(to * FIELDS, to * FIELDS + 2);
  if (endByte > file.size) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file.read(byte, endByte - byte));
  } catch {
    return undefined;
  }
  if (text.length !== endUnit - unit) return undefined;
  return { start: unit, line, text, textLength: map[map.length - FIELDS] };
}
