/**
 * Engine behaviour on a small hand-made rule set, so these tests pin the matching semantics
 * (groups, proximity, order, negation, exclusions, not_inside) independently of the rule pack.
 */
import { describe, expect, it } from 'vitest';
import { audit, AuditInputError, Engine, MAX_FINDINGS, MAX_INPUT_CHARS, type CompiledRule, type RuleSet } from '../../src/engine';
import ruleset from '../../src/generated/ruleset.json';

const pack = ruleset as unknown as RuleSet;

function rule(id: string, over: Partial<CompiledRule>): CompiledRule {
  return {
    id,
    category: 'contacts-access',
    severity: 'critical',
    lang: 'zh',
    title: { zh: id, en: id },
    message: { zh: id, en: id },
    citations: ['pipl-2021-art6'],
    patterns: [],
    exclusions: [],
    exclusionScope: 'part',
    notInside: [],
    examples: { positive: [], negative: [] },
    source: `test/${id}`,
    ...over,
  };
}

const engine = new Engine({
  ...pack,
  rules: [
    rule('read-contacts', { patterns: [{ groups: [['读取', '上传'], ['通讯录', '联系人']] }], notInside: ['紧急联系人'] }),
    rule('near', { category: 'third-party-contact', patterns: [{ groups: [['联系'], ['亲友']], within: 8 }] }),
    rule('ordered', { category: 'debt-disclosure', patterns: [{ groups: [['公开'], ['逾期信息']], ordered: true }] }),
    rule('refusal', {
      category: 'no-consent-no-service',
      patterns: [{ groups: [['拒绝', '不同意'], ['无法', '不能']], negatable: false }],
    }),
    rule('report', { category: 'debt-disclosure', patterns: [{ groups: [['报送', '提供'], ['不良信息']] }], exclusions: ['征信机构'] }),
    rule('neighbours', { category: 'third-party-contact', patterns: [{ groups: [['走访'], ['邻居']] }], exclusions: ['以下情形', '失联'], exclusionScope: 'clause' }),
    rule('visit-family', { lang: 'en', category: 'third-party-contact', patterns: [{ groups: [['visit'], ['your family']] }] }),
    rule('daily-rate', { category: 'rate-over-cap', patterns: [{ groups: [['日利率']] }], exclusions: ['违约金'], exclusionScope: 'clause' }),
  ],
});
const ids = (text: string): string[] => engine.audit(text).findings.map((f) => f.rule);

describe('matching', () => {
  it('needs one word of every group in the same clause', () => {
    expect(ids('我们将读取您的通讯录。')).toEqual(['read-contacts']);
    expect(ids('我们将读取您的信息。通讯录另行约定。')).toEqual([]);
  });

  it('honours within and ordered', () => {
    expect(ids('平台会联系您的亲友。')).toEqual(['near']);
    expect(ids('平台会联系您本人，如仍无法取得联系，将在三十个工作日后告知亲友。')).toEqual([]);
    expect(ids('我们有权公开您的逾期信息。')).toEqual(['ordered']);
    expect(ids('您的逾期信息不会被随意公开。')).toEqual([]);
  });

  it('ignores a word inside a longer expression listed in not_inside', () => {
    expect(ids('我们会核实并上传您填写的紧急联系人。')).toEqual([]);
    expect(ids('我们会上传紧急联系人以及通讯录。')).toEqual(['read-contacts']);
  });

  it('cancels a match negated in the same clause part, not one negated elsewhere', () => {
    expect(ids('我们不会读取您的通讯录。')).toEqual([]);
    expect(ids('我们绝不上传联系人。')).toEqual([]);
    expect(ids('我们不会出售数据，但会读取您的通讯录。')).toEqual(['read-contacts']);
    expect(ids('您同意我们读取通讯录，不可撤销。')).toEqual(['read-contacts']);
  });

  it('reads list items in the light of their lead-in', () => {
    const text = '您授权我们读取以下信息：\n1、您的身份信息；\n2、您的通讯录；\n3、您的位置信息。\n第二条 其他\n通讯录仅供参考。';
    const r = engine.audit(text);
    expect(r.findings.map((f) => [f.rule, f.quote])).toEqual([['read-contacts', '2、您的通讯录；']]);
    expect(r.necessary.beyond.map((b) => b.id)).toEqual(['contacts', 'location']);
    expect(ids('我们不会读取以下信息：\n1、您的通讯录；')).toEqual([]);
  });

  it('reports the cases a lead-in lists for its words, unless a case excludes them', () => {
    const r = engine.audit('我们会在以下情形中走访您的邻居：\n1、您失联的；\n2、您逾期的；\n3、其他。\n第二条 其他');
    expect(r.findings.map((f) => [f.rule, f.quote])).toEqual([
      ['neighbours', '2、您逾期的；'],
      ['neighbours', '3、其他。'],
    ]);
  });

  it('negates the items of a lead-in that promises not to do them, but not of one that needs no notice', () => {
    const items = '\n1、读取您的通讯录；\n2、上传您的联系人。';
    expect(ids(`我们承诺不会从事以下行为：${items}`)).toEqual([]);
    expect(engine.audit(`我们承诺不会从事以下行为：${items}`).necessary.beyond).toEqual([]);
    expect(ids(`平台无需另行通知即可采取以下措施：${items}`)).toEqual(['read-contacts', 'read-contacts']);
    expect(ids(`除以下情形外，我们不会处理您的信息：${items}`)).toEqual(['read-contacts', 'read-contacts']);
  });

  it('keeps refusal rules that are themselves negative', () => {
    expect(ids('如您拒绝授权，我们将无法为您提供借款服务。')).toEqual(['refusal']);
  });

  it('drops a match when an exclusion stands in the same part', () => {
    expect(ids('我们将向依法设立的征信机构报送您的不良信息。')).toEqual([]);
    expect(ids('我们将向合作方提供您的不良信息。')).toEqual(['report']);
  });

  it('lets an English negation reach over a short aside between commas, not over a new statement', () => {
    expect(ids('Under no circumstances will the lender, or anyone acting for it, visit your family.')).toEqual([]);
    expect(ids('We will not, including through our agents, visit your family.')).toEqual([]);
    expect(ids('We do not sell your data, but our agents may visit your family.')).toEqual(['visit-family']);
  });

  it('reads "not … unless" as permission, except when the exception only asks for consent or the law', () => {
    expect(ids('We will not visit your family unless you miss two repayments.')).toEqual(['visit-family']);
    expect(ids('We will not visit your family unless you agree in writing.')).toEqual([]);
    expect(ids('We will not visit your family unless required by law.')).toEqual([]);
  });

  it('negates a short heading that a colon and a plain "no" answer', () => {
    expect(ids('上传联系人：不申请。')).toEqual([]);
    expect(ids('上传联系人：无。')).toEqual([]);
    expect(ids('上传联系人：是。')).toEqual(['read-contacts']);
    expect(ids('上传联系人：不会用于催收，仅用于风控。')).toEqual(['read-contacts']);
  });

  it("reads an FAQ's answer, not the reader's question", () => {
    expect(ids('问：你们会读取我的通讯录吗？\n答：不会，我们不会读取您的通讯录。')).toEqual([]);
    expect(ids('问：为什么要读取通讯录？\n答：我们读取您的通讯录用于风控。')).toEqual(['read-contacts']);
    expect(ids('您是否同意我们读取通讯录？')).toEqual(['read-contacts']);
  });

  it('ignores an exclusion that a negation cue joined to it denies', () => {
    expect(ids('日利率为万分之三，逾期另收违约金。')).toEqual([]);
    expect(ids('日利率为万分之三，提前还款不收取违约金。')).toEqual(['daily-rate']);
  });

  it('matches Traditional text and quotes the original characters with original offsets', () => {
    const text = '第五條　本平臺將讀取您的通訊錄。';
    const [f] = engine.audit(text).findings;
    expect(f?.rule).toBe('read-contacts');
    expect(f!.quote).toBe(text.slice(f!.start, f!.end));
    expect(f!.quote).toContain('讀取您的通訊錄');
  });
});

describe('report', () => {
  it('carries a hash, counts, grade and the necessary-information comparison', () => {
    const text = '借款协议\n我们将收集您的姓名、身份证号码和银行卡号。\n您授权我们读取您的通讯录并获取您的位置信息。';
    const r = engine.audit(text);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.chars).toBe(text.length);
    expect(r.language).toBe('zh');
    expect(r.counts.critical).toBe(1);
    expect(r.grade).toBe('D');
    expect(r.necessary.collected).toEqual(expect.arrayContaining(['name', 'id-document', 'bank-card', 'contacts', 'location']));
    expect(r.necessary.beyond.map((b) => b.id)).toEqual(['contacts', 'location']);
    for (const b of r.necessary.beyond) expect(text.slice(b.start, b.end)).toMatch(/通讯录|位置信息/);
  });

  it('separates "no agreement found" from "clean"', () => {
    expect(engine.audit('今天天气很好，我们去公园散步。').grade).toBe('none');
    expect(engine.audit('本协议由甲方与乙方签订。甲方按约定提供借款服务。').grade).toBe('A');
    // One agreement word is not enough, also in a clause that gets a close look (a lead-in).
    expect(engine.audit('本协议约定如下：').grade).toBe('none');
  });

  it('does not count data the document says it will not collect', () => {
    const r = engine.audit('用户协议。我们不会收集您的通讯录。');
    expect(r.necessary.collected).toEqual([]);
  });

  it('detects English and Chinese documents', () => {
    expect(engine.audit('We may collect your contact list when you apply for a loan.').language).toBe('en');
    expect(engine.audit('我们可能收集您的通讯录 contact list。').language).toBe('zh');
  });
});

describe('hostile input', () => {
  it('refuses empty, binary and oversized input with a clear error', () => {
    expect(() => audit('   \n ')).toThrow(AuditInputError);
    expect(() => audit('PK\u0003\u0004\u0000\u0000binary')).toThrowError(/binary/);
    expect(() => audit('a'.repeat(MAX_INPUT_CHARS + 1))).toThrowError(/too large/);
  });

  it('stays bounded on a long run of one repeated matching word', () => {
    const r = engine.audit(`读取${'通讯录'.repeat(200_000)}`);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.length).toBeLessThan(2000);
  });

  it('lists at most MAX_FINDINGS findings, and still counts and grades the rest', () => {
    const one = engine.audit('平台会联系您的亲友。');
    expect(one.findings.map((f) => f.rule)).toEqual(['near']);
    // Past the limit comes a clause of another category, more severe: it must still count.
    const text = '平台会联系您的亲友。'.repeat(MAX_FINDINGS + 40) + '我们将读取您的通讯录。';
    const r = engine.audit(text);
    expect(r.findings).toHaveLength(MAX_FINDINGS);
    expect(r.findings.every((f) => f.rule === 'near')).toBe(true);
    expect(r.findings.at(-1)!.start).toBe((MAX_FINDINGS - 1) * '平台会联系您的亲友。'.length);
    expect(r.omittedFindings).toBe(41);
    expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(MAX_FINDINGS + 41);
    expect(r.counts.critical).toBe(MAX_FINDINGS + 41);
    // Same kinds of finding as the two clauses alone, so the same grade.
    expect(r.grade).toBe(engine.audit('平台会联系您的亲友。我们将读取您的通讯录。').grade);
    expect(r.grade).not.toBe(one.grade);
    expect(one.omittedFindings).toBe(0);
  });

  it('handles text without any punctuation or line breaks', () => {
    const r = engine.audit('借'.repeat(1_000_000));
    expect(r.findings).toEqual([]);
  });
});
