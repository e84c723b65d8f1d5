import { describe, expect, it } from 'vitest';
// Importing the engine installs the Traditional → Simplified table that normalize() uses.
import '../../src/engine';
import { normalize, setUtf16Decoder } from '../../src/engine/normalize';

/** Every folded character must map back to the character it came from. */
function expectMapsBack(input: string): void {
  const n = normalize(input);
  expect(n.origin(n.text.length)).toBe(input.length);
  for (let i = 1; i < n.text.length; i++) expect(n.origin(i)).toBeGreaterThan(n.origin(i - 1));
}

describe('normalize', () => {
  it('folds full-width letters and digits to half-width lower case but keeps Chinese punctuation', () => {
    expect(normalize('ＡＰＲ　３６％，年化').text).toBe('apr 36%，年化');
  });

  it('folds Traditional characters to Simplified one for one', () => {
    const n = normalize('本應用將讀取您的手機通訊錄');
    expect(n.text).toBe('本应用将读取您的手机通讯录');
    expect(n.text.length).toBe(13);
  });

  it('drops whitespace and hard wraps inside Chinese text and keeps offsets', () => {
    const input = '为了评估您的还款能力并防范欺诈风险，我们将读取您的通\n讯 录。';
    const n = normalize(input);
    expect(n.text).toBe('为了评估您的还款能力并防范欺诈风险，我们将读取您的通讯录。');
    const i = n.text.indexOf('讯');
    expect(input[n.origin(i)]).toBe('讯');
    expectMapsBack(input);
  });

  it('keeps a paragraph or short line break as a newline and collapses spaces between words', () => {
    expect(normalize('第一条 总则\n\n第二条  借款').text).toBe('第一条总则\n第二条借款');
    expect(normalize('信息授权\n您同意我们收集').text).toBe('信息授权\n您同意我们收集');
    expect(normalize(`${'甲'.repeat(30)}\n第三条`).text).toBe(`${'甲'.repeat(30)}\n第三条`);
    expect(normalize('We   may\tshare   your data').text).toBe('we may share your data');
  });

  it('maps regional words to the mainland word of the same length', () => {
    const input = '我們會蒐集您的個人資料與簡訊，並聯絡您的聯絡人。';
    const n = normalize(input);
    expect(n.text).toBe('我们会收集您的个人信息与短信，并联系您的联系人。');
    expect(n.text.length).toBe(input.length);
  });

  it('keeps offsets through a lone surrogate', () => {
    const input = `通讯录\ud800借款`;
    const n = normalize(input);
    expect(n.text.length).toBe(input.length);
    expect(n.text.slice(4)).toBe('借款');
  });

  it('maps back through mixed input', () => {
    expectMapsBack('  Ａ借款 協議\r\n\r\n1、您同意 we collect\u3000通讯录；  ');
  });
});

describe('a host UTF-16 decoder', () => {
  it('gives the same text as the built-in one', () => {
    const input = '本應用將讀取您的手機通訊錄\n\nＡＰＲ　３６％ We   may share\ud800 借款';
    const builtIn = normalize(input);
    setUtf16Decoder((units) => Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le'));
    try {
      const hosted = normalize(input);
      // The one difference allowed: a lone surrogate may stay as it is instead of becoming U+FFFD.
      expect(hosted.text.replace(/[\ud800-\udfff]/g, '\ufffd')).toBe(builtIn.text);
      expect(hosted.text.length).toBe(builtIn.text.length);
    } finally {
      setUtf16Decoder(undefined);
    }
  });
});
