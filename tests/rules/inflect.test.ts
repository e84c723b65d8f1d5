import { describe, expect, it } from 'vitest';
import { inflectTerms } from '../../src/rules/inflect';

describe('inflectTerms', () => {
  it('adds verb forms that prefix matching would miss', () => {
    const out = inflectTerms(['share with', 'sell', 'disclose', 'notify']);
    expect(out).toEqual(expect.arrayContaining(['sharing with', 'sold', 'disclosing', 'notified', 'notifies']));
    // "selling" and "notifying" already match through their prefixes "sell" and "notify".
    expect(out).not.toContain('selling');
  });

  it('leaves auxiliaries, negations and nouns alone', () => {
    const out = inflectTerms(['cannot withdraw', 'may not opt out', 'contacts', 'references']);
    expect(out).toEqual(['cannot withdraw', 'may not opt out', 'contacts', 'references']);
  });

  it('leaves forms that extend the word, Chinese words and punctuation alone', () => {
    const out = inflectTerms(['contact', '通讯录', 'read_contacts']);
    expect(out).not.toContain('contacting');
    expect(out).not.toContain('contacts');
    expect(out).not.toContain('contacted');
    expect(out.filter((t) => t.includes('通讯录'))).toEqual(['通讯录']);
    expect(out).toContain('read_contacts');
  });
});
