import type { CorpusSegment } from './segment';

/**
 * The agreed-language finder's postings: for each sampled shingle, the passages that have it.
 * Kept in typed arrays (hashes sorted, every list end to end in one array), not a Map of JS arrays:
 * at 25 000 documents the arrays took 454 MB, mostly the per-list overhead of shingles met once.
 * What is added goes first into a flat buffer of pairs, then into a small Map while it is a few
 * lists (a draft re-indexed as it is typed), and is merged into the arrays once it grows.
 */

/** A list longer than this keeps its first entries and counts the rest: wording every document has finds nothing. */
export const POSTING_CAP = 8192;
/** The Map of recent lists is merged into the arrays once it holds this share of their entries. */
const RECENT_SHARE = 1 / 8;
const MIN_MERGE = 1 << 16;

/** One shingle's passages: the merged ones, the recent ones, and how many there are in all (capped ones counted). */
export interface PostingList {
  readonly merged: Int32Array;
  readonly recent: readonly number[] | undefined;
  readonly length: number;
}

const EMPTY = new Int32Array(0);

/** The lists of the persisted index (CorpusSegment), read when asked for. */
export type StoredPostings = Pick<CorpusSegment, 'postingList' | 'dropped' | 'postingEntries' | 'allPostings'>;

/** The postings as the index cache stores them: every list settled into the arrays, the dropped counts beside. */
export interface PostingArrays {
  readonly hashes: Uint32Array<ArrayBuffer>;
  readonly starts: Uint32Array<ArrayBuffer>;
  readonly passages: Int32Array<ArrayBuffer>;
  readonly droppedHashes: Uint32Array<ArrayBuffer>;
  readonly droppedCounts: Int32Array<ArrayBuffer>;
}

/**
 * Why postings read back from outside (the persisted index) are not ones `exported` could have given for
 * `passageCount` passages (hashes out of order, a list out of passage order or past the cap, a passage out of
 * range); undefined if they could be.
 */
export function checkedPostings(arrays: PostingArrays, passageCount: number): string | undefined {
  const { hashes, starts, passages, droppedHashes, droppedCounts } = arrays;
  if (starts.length !== hashes.length + 1 || starts[0] !== 0 || starts[hashes.length] !== passages.length)
    return 'posting lists that do not add up';
  for (let i = 0; i < hashes.length; i++) {
    if (i > 0 && hashes[i] <= hashes[i - 1]) return 'posting lists out of order';
    const [start, end] = [starts[i], starts[i + 1]];
    if (end <= start || end - start > POSTING_CAP) return 'a posting list empty or past its cap';
    for (let e = start; e < end; e++)
      if (passages[e] < 0 || passages[e] >= passageCount || (e > start && passages[e] <= passages[e - 1]))
        return 'a posting out of range or out of order';
  }
  if (droppedHashes.length !== droppedCounts.length) return 'dropped counts that do not add up';
  if (new Set(droppedHashes).size !== droppedHashes.length || droppedCounts.some((count) => count <= 0))
    return 'damaged dropped counts';
  return undefined;
}

export class Postings {
  /** Sorted, distinct. */
  private hashes = new Uint32Array(0);
  /** List i is passages[starts[i]..starts[i + 1]]. */
  private starts = new Uint32Array(1);
  private passages = new Int32Array(0);
  /** Entries left out of capped lists, by hash. */
  private dropped = new Map<number, number>();
  private recent = new Map<number, number[]>();
  private recentEntries = 0;
  private pairHashes = new Uint32Array(1024);
  private pairPassages = new Int32Array(1024);
  private pairs = 0;

  /** Lists the persisted index holds, read as they are asked for; moved into memory before the arrays change. */
  private stored: StoredPostings | undefined;

  /** Postings over the lists of the persisted index: nothing read until a list is asked for. */
  static over(stored: StoredPostings): Postings {
    const postings = new Postings();
    postings.stored = stored;
    return postings;
  }

  /** Reads every stored list into the arrays: what changing them (a merge, a renumbering, an export) needs. */
  private inMemory(): void {
    if (!this.stored) return;
    const { hashes, starts, passages, droppedHashes, droppedCounts } = this.stored.allPostings();
    this.stored = undefined;
    [this.hashes, this.starts, this.passages] = [hashes, starts, passages];
    this.dropped = new Map([...droppedHashes].map((hash, i) => [hash, droppedCounts[i]]));
  }

  /**
   * The lists for the cache, passage p numbered `renumbered[p]` (negative: left out): undefined unless
   * the numbering keeps the passages' order, so every list stays in order without a sort.
   */
  exported(renumbered: Int32Array): PostingArrays | undefined {
    this.inMemory();
    if (this.pairs > 0) this.settle();
    const recentHashes = Uint32Array.from(this.recent.keys()).sort();
    const lists = this.hashes.length + recentHashes.length;
    const hashes = new Uint32Array(lists);
    const starts = new Uint32Array(lists + 1);
    const passages = new Int32Array(this.passages.length + this.recentEntries);
    const dropped = new Map<number, number>();
    let list = 0;
    let entries = 0;
    let merged = 0;
    let recent = 0;
    while (merged < this.hashes.length || recent < recentHashes.length) {
      const fromMerged =
        recent === recentHashes.length || (merged < this.hashes.length && this.hashes[merged] <= recentHashes[recent]);
      const hash = fromMerged ? this.hashes[merged] : recentHashes[recent];
      const listStart = entries;
      let inList = 0;
      const take = (passage: number): boolean => {
        const to = renumbered[passage];
        if (to < 0) return true;
        if (entries > listStart && to <= passages[entries - 1]) return false;
        if (inList++ < POSTING_CAP) passages[entries++] = to;
        else dropped.set(hash, (dropped.get(hash) ?? 0) + 1);
        return true;
      };
      if (fromMerged) {
        for (let e = this.starts[merged]; e < this.starts[merged + 1]; e++)
          if (!take(this.passages[e])) return undefined;
        merged++;
      }
      if (recent < recentHashes.length && recentHashes[recent] === hash) {
        for (const passage of this.recent.get(hash)!) if (!take(passage)) return undefined;
        recent++;
      }
      if (entries === listStart) continue;
      const before = this.dropped.get(hash);
      if (before && before > 0) dropped.set(hash, (dropped.get(hash) ?? 0) + before);
      hashes[list] = hash;
      starts[++list] = entries;
    }
    return {
      hashes: hashes.slice(0, list),
      starts: starts.slice(0, list + 1),
      passages: passages.slice(0, entries),
      droppedHashes: Uint32Array.from(dropped.keys()),
      droppedCounts: Int32Array.from(dropped.values()),
    };
  }

  /** Makes room for `count` more `add`s at once, rather than doubling the buffer on the way. */
  reserve(count: number): void {
    if (this.pairs + count <= this.pairHashes.length) return;
    const hashes = new Uint32Array(this.pairs + count);
    const passages = new Int32Array(this.pairs + count);
    hashes.set(this.pairHashes.subarray(0, this.pairs));
    passages.set(this.pairPassages.subarray(0, this.pairs));
    this.pairHashes = hashes;
    this.pairPassages = passages;
  }

  /** Records that `passage` has the shingle `hash`; searchable after `settle`. */
  add(hash: number, passage: number): void {
    if (this.pairs === this.pairHashes.length) {
      this.pairHashes = grown(this.pairHashes);
      this.pairPassages = grown(this.pairPassages);
    }
    this.pairHashes[this.pairs] = hash;
    this.pairPassages[this.pairs++] = passage;
  }

  /** Makes what was added searchable: a bulk of pairs merged into the arrays, a few kept in the Map. */
  settle(): void {
    if (this.pairs === 0) return;
    const merge = Math.max(MIN_MERGE, (this.stored?.postingEntries ?? this.passages.length) * RECENT_SHARE);
    if (this.pairs + this.recentEntries >= merge) {
      this.rebuild();
      return;
    }
    for (let i = 0; i < this.pairs; i++) {
      const list = this.recent.get(this.pairHashes[i]);
      if (list) list.push(this.pairPassages[i]);
      else this.recent.set(this.pairHashes[i], [this.pairPassages[i]]);
    }
    this.recentEntries += this.pairs;
    this.pairs = 0;
    this.shrinkPairs();
  }

  /** The shingle's list, if any passage has it (call `settle` first). */
  get(hash: number): PostingList | undefined {
    const recent = this.recent.get(hash);
    if (this.stored) {
      const merged = this.stored.postingList(hash);
      if (!merged && !recent) return undefined;
      const length = (merged?.length ?? 0) + (recent?.length ?? 0) + (merged ? this.stored.dropped(hash) : 0);
      return { merged: merged ?? EMPTY, recent, length };
    }
    const at = this.find(hash);
    if (at < 0 && !recent) return undefined;
    const merged = at < 0 ? EMPTY : this.passages.subarray(this.starts[at], this.starts[at + 1]);
    const length = merged.length + (recent?.length ?? 0) + (at < 0 ? 0 : (this.dropped.get(hash) ?? 0));
    return { merged, recent, length };
  }

  /**
   * Numbers the passages afresh: `renumbered[p]` for passage p, negative for one that is gone, in the
   * passages' order (no list is sorted again). Counts of capped lists shrink with the share of passages that went.
   */
  renumber(renumbered: Int32Array, liveShare: number): void {
    this.inMemory();
    for (const [hash, count] of this.dropped) this.dropped.set(hash, Math.round(count * liveShare));
    const arrays = this.exported(renumbered);
    if (!arrays) throw new Error('passages renumbered out of their order');
    this.hashes = arrays.hashes;
    this.starts = arrays.starts;
    this.passages = arrays.passages;
    this.dropped = new Map([...arrays.droppedHashes].map((hash, i) => [hash, arrays.droppedCounts[i]]));
    this.recent.clear();
    this.recentEntries = 0;
  }

  /** Entries held, and bytes of the arrays: what the finder's memory is. */
  get footprint(): { entries: number; lists: number; bytes: number } {
    return {
      entries: (this.stored?.postingEntries ?? this.passages.length) + this.recentEntries + this.pairs,
      lists: this.hashes.length + this.recent.size,
      bytes: this.hashes.byteLength + this.starts.byteLength + this.passages.byteLength,
    };
  }

  private find(hash: number): number {
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const h = this.hashes[mid];
      if (h === hash) return mid;
      if (h < hash) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * The arrays anew from what they held, the recent lists and every pair, leaving out passages numbered negative
   * (gone): a radix sort of the entries on their hash, low 16 bits then high 16 bits. It is stable, and the
   * entries come in the order their passages were posted (held ones, then the recent lists, then the pairs added
   * since), each in passage order, so every list is in passage order.
   */
  private rebuild(): void {
    this.inMemory();
    let total = 0;
    const hashes = new Uint32Array(this.passages.length + this.recentEntries + this.pairs);
    const passages = new Int32Array(hashes.length);
    for (let i = 0; i < this.hashes.length; i++) {
      const hash = this.hashes[i];
      for (let e = this.starts[i]; e < this.starts[i + 1]; e++) {
        if (this.passages[e] < 0) continue;
        hashes[total] = hash;
        passages[total++] = this.passages[e];
      }
    }
    for (const [hash, list] of this.recent)
      for (const passage of list) {
        if (passage < 0) continue;
        hashes[total] = hash;
        passages[total++] = passage;
      }
    this.recent.clear();
    this.recentEntries = 0;
    for (let i = 0; i < this.pairs; i++) {
      if (this.pairPassages[i] < 0) continue;
      hashes[total] = this.pairHashes[i];
      passages[total++] = this.pairPassages[i];
    }
    this.pairs = 0;
    this.shrinkPairs();
    const sortedHashes = new Uint32Array(total);
    const sortedPassages = new Int32Array(total);
    radixPass(hashes, passages, total, 0, sortedHashes, sortedPassages);
    radixPass(sortedHashes, sortedPassages, total, 16, hashes, passages);
    let lists = 0;
    for (let k = 0; k < total; k++) if (k === 0 || hashes[k] !== hashes[k - 1]) lists++;
    const listHashes = new Uint32Array(lists);
    const starts = new Uint32Array(lists + 1);
    const dropped = new Map<number, number>();
    let list = -1;
    let entries = 0;
    let inList = 0;
    for (let k = 0; k < total; k++) {
      const hash = hashes[k];
      if (list < 0 || hash !== listHashes[list]) {
        starts[++list] = entries;
        listHashes[list] = hash;
        inList = 0;
        const before = this.dropped.get(hash);
        if (before) dropped.set(hash, before);
      }
      // In place: entries never passes k.
      if (inList++ < POSTING_CAP) passages[entries++] = passages[k];
      else dropped.set(hash, (dropped.get(hash) ?? 0) + 1);
    }
    starts[lists] = entries;
    this.hashes = listHashes;
    this.starts = starts;
    this.passages = passages.slice(0, entries);
    this.dropped = dropped;
  }

  private shrinkPairs(): void {
    if (this.pairHashes.length > 1024) {
      this.pairHashes = new Uint32Array(1024);
      this.pairPassages = new Int32Array(1024);
    }
  }
}

/** One stable counting pass on 16 bits of the hashes from `shift`, moving the passages along. */
function radixPass(
  hashes: Uint32Array,
  passages: Int32Array,
  total: number,
  shift: number,
  intoHashes: Uint32Array,
  intoPassages: Int32Array,
): void {
  const at = new Uint32Array(0x10001);
  for (let k = 0; k < total; k++) at[((hashes[k] >>> shift) & 0xffff) + 1]++;
  for (let b = 1; b <= 0x10000; b++) at[b] += at[b - 1];
  for (let k = 0; k < total; k++) {
    const to = at[(hashes[k] >>> shift) & 0xffff]++;
    intoHashes[to] = hashes[k];
    intoPassages[to] = passages[k];
  }
}

function grown<T extends Uint32Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
