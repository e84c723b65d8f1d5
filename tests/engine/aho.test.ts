import { describe, expect, it } from 'vitest';
import { Automaton } from '../../src/engine/aho';
import { packInts, unpackInts } from '../../src/engine/pack';

/** Every occurrence of every term, the slow obvious way. */
function naive(terms: string[], text: string): string[] {
  const out: string[] = [];
  terms.forEach((t, id) => {
    for (let i = text.indexOf(t); i !== -1; i = text.indexOf(t, i + 1)) {
      if (/[a-z0-9]/i.test(t[0]!) && i > 0 && /[a-z0-9]/i.test(text[i - 1]!)) continue;
      out.push(`${id}@${i}`);
    }
  });
  return out.sort();
}

function found(a: Automaton, text: string): string[] {
  const h = a.scan(text);
  const out: string[] = [];
  for (let i = 0; i < h.count; i++) out.push(`${h.terms[i]}@${h.starts[i]}`);
  return out.sort();
}

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('Automaton', () => {
  it('finds overlapping and nested terms', () => {
    const terms = ['通讯录', '手机通讯录', '讯录', '联系人', '紧急联系人', 'sms', 'ms'];
    const a = Automaton.fromTerms(terms);
    const text = '读取手机通讯录和紧急联系人，发送sms。chasms';
    expect(found(a, text)).toEqual(naive(terms, text));
  });

  it('agrees with a naive search on random text, scan after scan', () => {
    const next = rng(42);
    const alphabet = '借款通讯录联系人逾期催收ab';
    const pick = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const terms = [...new Set(Array.from({ length: 60 }, () => pick(1 + Math.floor(next() * 4))))];
    const a = Automaton.fromTerms(terms);
    // Several texts through one automaton: its transition cache must never change an answer.
    for (let round = 0; round < 20; round++) {
      const text = pick(2000);
      expect(found(a, text)).toEqual(naive(terms, text));
    }
  });

  it('scans the same after a round trip through its stored tables', () => {
    const next = rng(7);
    const alphabet = '借款通讯录联系人逾期催收abs ';
    const pick = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const terms = [...new Set(Array.from({ length: 80 }, () => pick(1 + Math.floor(next() * 5))))];
    const built = Automaton.fromTerms(terms);
    const t = built.tables();
    const stored = Automaton.fromTables({
      terms: [...t.terms],
      parent: unpackInts(packInts(t.parent)),
      via: t.via,
      fail: unpackInts(packInts(t.fail)),
      out: { start: unpackInts(packInts(t.out.start)), items: unpackInts(packInts(t.out.items)) },
    });
    for (let round = 0; round < 10; round++) {
      const text = pick(3000);
      expect(found(stored, text)).toEqual(found(built, text));
      expect(found(stored, text)).toEqual(naive(terms, text));
    }
  });
});
