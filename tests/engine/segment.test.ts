import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/engine/normalize';
import { MAX_CLAUSE, partBreaks, segment } from '../../src/engine/segment';

const clauses = (input: string): string[] => {
  const n = normalize(input);
  const { starts, ends } = segment(n.text, input, n.origin);
  return starts.map((s, k) => input.slice(n.origin(s), n.origin(ends[k]! - 1) + 1));
};

describe('segment', () => {
  it('splits Chinese sentences and semicolon lists', () => {
    expect(clauses('您同意本协议。我们将收集以下信息：姓名；手机号！是否同意？')).toEqual([
      '您同意本协议。',
      '我们将收集以下信息：姓名；',
      '手机号！',
      '是否同意？',
    ]);
  });

  it('opens a new clause at a numbered item after a colon and at each line', () => {
    expect(clauses('授权范围如下：1、身份信息2、通讯录\n第三条 其他')).toEqual(['授权范围如下：', '1、身份信息2、通讯录', '第三条 其他']);
  });

  it('splits English sentences but not abbreviations or decimals', () => {
    expect(clauses('We may use your data, e.g. your name. The rate is 1.5 per cent. You agree.')).toEqual([
      'We may use your data, e.g. your name.',
      'The rate is 1.5 per cent.',
      'You agree.',
    ]);
  });

  it('keeps an English numbered item whole: its number and full stop do not end a sentence', () => {
    expect(clauses('We will not:\n1. Read your contacts.\n12. Call your family.\nIn 2026. The end.')).toEqual([
      'We will not:',
      '1. Read your contacts.',
      '12. Call your family.',
      'In 2026.',
      'The end.',
    ]);
  });

  it('cuts a clause longer than the limit, preferring commas', () => {
    const long = `${'甲'.repeat(500)}，${'乙'.repeat(500)}。`;
    const parts = clauses(long);
    expect(parts.length).toBe(2);
    expect(parts[0]!.endsWith('，')).toBe(true);
    for (const p of clauses('丙'.repeat(3000))) expect(p.length).toBeLessThanOrEqual(MAX_CLAUSE);
  });
});

describe('partBreaks', () => {
  /** The clause cut at its part breaks, as the engine's negation scope sees it. */
  const parts = (input: string): string[] => {
    const { text } = normalize(input);
    const out: string[] = [];
    let from = 0;
    for (const b of partBreaks(text, { start: 0, end: text.length })) {
      out.push(text.slice(from, b).trim());
      from = b + 1;
    }
    out.push(text.slice(from).trim());
    return out;
  };

  it('breaks Chinese and English clauses at commas and colons, not at the enumeration mark', () => {
    expect(parts('如您逾期，我们将联系您的亲属、同事：以便催收')).toEqual(['如您逾期', '我们将联系您的亲属、同事', '以便催收']);
    expect(parts('We will not sell your data, but we may share it')).toEqual(['we will not sell your data', 'but we may share it']);
  });

  it('keeps an English list that "and" or "or" closes in one part, with or without a serial comma', () => {
    expect(parts('Access to your contacts, media and call logs is not required')).toEqual(['access to your contacts, media and call logs is not required']);
    expect(parts('Your contacts, photos, files, and call logs are never read')).toEqual(['your contacts, photos, files, and call logs are never read']);
    expect(parts('We read SMS, contacts or location only with consent, as stated')).toEqual(['we read sms, contacts or location only with consent', 'as stated']);
    expect(parts('The app does not request READ_CONTACTS, READ_CALL_LOG or READ_SMS')).toEqual(['the app does not request read_contacts, read_call_log or read_sms']);
  });

  it('still breaks where a new statement starts after the comma', () => {
    expect(parts('If you do not repay, your contacts and employer will be told')).toEqual(['if you do not repay', 'your contacts and employer will be told']);
    expect(parts('Unless you object, the lender and its agents may call you')).toEqual(['unless you object', 'the lender and its agents may call you']);
    expect(parts('We do not sell data, and we may call your family')).toEqual(['we do not sell data', 'and we may call your family']);
  });
});
