/**
 * Compact storage for the engine's build-time tables. A JSON array of numbers or of short lists
 * costs the parser a token per element, and a process that audits one document pays for parsing
 * every table before it starts. Here a list of integers is one string: each integer, zigzag-coded
 * so small negatives stay small, is written in 14-bit groups, one UTF-16 code unit per group with
 * 0x4000 marking "more follows", offset by 0x20 so no group is a control character. Every unit is
 * below the surrogate range, so the string is well-formed and survives JSON untouched; decoding is
 * one pass over about one unit per integer.
 */

const OFFSET = 0x20;
const MORE = 0x4000;
const GROUP = 0x3fff;

/** Lists of integers, one per index, flattened: list i is items[start[i] .. start[i + 1]). */
export interface Ragged {
  start: Int32Array;
  items: Int32Array;
}

export function ragged(lists: readonly (readonly number[])[]): Ragged {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
  return { start, items: Int32Array.from(lists.flat()) };
}

export function raggedHas({ start, items }: Ragged, i: number, value: number): boolean {
  for (let k = start[i]!, end = start[i + 1]!; k < end; k++) if (items[k] === value) return true;
  return false;
}

/** The list's length, then each integer. */
export function packInts(values: ArrayLike<number>): string {
  const units: number[] = [];
  const put = (value: number): void => {
    let z = ((value << 1) ^ (value >> 31)) >>> 0;
    while (z > GROUP) {
      units.push(OFFSET + (z & GROUP) + MORE);
      z >>>= 14;
    }
    units.push(OFFSET + z);
  };
  put(values.length);
  for (let i = 0; i < values.length; i++) put(values[i]!);
  let out = '';
  for (let i = 0; i < units.length; i += 0x2000) out += String.fromCharCode(...units.slice(i, i + 0x2000));
  return out;
}

export function unpackInts(packed: string): Int32Array {
  let out = new Int32Array(0);
  let n = -1;
  let z = 0;
  let scale = 1;
  for (let pos = 0; pos < packed.length; pos++) {
    const u = packed.charCodeAt(pos) - OFFSET;
    z += (u & GROUP) * scale;
    if ((u & MORE) !== 0) {
      scale *= 0x4000;
      continue;
    }
    const value = (z >>> 1) ^ -(z & 1);
    if (n < 0) out = new Int32Array(value);
    else out[n] = value;
    n++;
    z = 0;
    scale = 1;
  }
  return out;
}

export const packRagged = (r: Ragged): [string, string] => [packInts(r.start), packInts(r.items)];
export const unpackRagged = ([start, items]: readonly [string, string]): Ragged => ({ start: unpackInts(start), items: unpackInts(items) });
