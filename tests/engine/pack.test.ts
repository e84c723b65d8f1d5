import { describe, expect, it } from 'vitest';
import { packInts, ragged, raggedHas, unpackInts } from '../../src/engine/pack';

describe('packed integers', () => {
  it('round-trip any 32-bit integers, including negatives and the empty list', () => {
    for (const values of [[], [0], [-1, 1, 2 ** 31 - 1, -(2 ** 31), 65535, 65536, 12345678]]) {
      expect([...unpackInts(packInts(values))]).toEqual(values);
    }
  });

  it('flatten lists of lists and answer membership per list', () => {
    const r = ragged([[3, 5], [], [7]]);
    expect([...r.start]).toEqual([0, 2, 2, 3]);
    expect(raggedHas(r, 0, 5)).toBe(true);
    expect(raggedHas(r, 1, 5)).toBe(false);
    expect(raggedHas(r, 2, 7)).toBe(true);
    expect(raggedHas(r, 2, 3)).toBe(false);
  });
});
