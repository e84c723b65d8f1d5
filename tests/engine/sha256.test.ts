import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/engine/sha256';

describe('sha256Hex', () => {
  it.each(['', 'abc', '借款协议 loan agreement 🙂', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), '通讯录'.repeat(10_000)])(
    'matches node:crypto for %#',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );
});
