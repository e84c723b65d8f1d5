import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/engine/normalize';
import { MAX_CLAUSE, segment } from '../../src/engine/segment';

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

  it('cuts a clause longer than the limit, preferring commas', () => {
    const long = `${'甲'.repeat(500)}，${'乙'.repeat(500)}。`;
    const parts = clauses(long);
    expect(parts.length).toBe(2);
    expect(parts[0]!.endsWith('，')).toBe(true);
    for (const p of clauses('丙'.repeat(3000))) expect(p.length).toBeLessThanOrEqual(MAX_CLAUSE);
  });
});
