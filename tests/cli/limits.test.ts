import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/cli/limits';

describe('groupDigits', () => {
  it('groups thousands with commas like an English locale would', () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 20_000_000, 1234567890, -4200]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en'));
    }
  });
});
