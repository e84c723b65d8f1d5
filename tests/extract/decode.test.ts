import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBytes, DecodeError, sniffHtmlCharset } from '../../src/extract/decode';
import { encodeGbk } from '../cli/helpers';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8 and strips a byte-order mark', () => {
    expect(decodeBytes(utf8('借款协议'))).toEqual({ text: '借款协议', encoding: 'utf-8', exactUtf8: true });
    expect(decodeBytes(utf8('\ufeff借款协议'))).toEqual({ text: '借款协议', encoding: 'utf-8', exactUtf8: false });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'协议'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeBytes(bytes)).toEqual({ text: '协议', encoding: 'utf-16le', exactUtf8: false });
  });

  it('uses the declared charset', () => {
    expect(decodeBytes(encodeGbk('通讯录'), 'GBK')).toEqual({ text: '通讯录', encoding: 'gbk', exactUtf8: false });
    const big5 = new Uint8Array([0xb3, 0x71, 0xb0, 0x54]); // 通訊 in Big5
    expect(decodeBytes(big5, 'big5').text).toBe('通訊');
  });

  it('ignores an unknown declared charset and detects instead', () => {
    expect(decodeBytes(utf8('协议'), 'x-no-such-charset').text).toBe('协议');
  });

  it('recognises undeclared GB18030 Chinese text', () => {
    expect(decodeBytes(encodeGbk('本协议约定借款人的权利和义务。'))).toEqual({ text: '本协议约定借款人的权利和义务。', encoding: 'gb18030', exactUtf8: false });
  });

  it('refuses binary data', () => {
    expect(() => decodeBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow(DecodeError);
    const noise = new Uint8Array(5000).map((_, i) => (i * 73 + 11) % 256 || 1);
    expect(() => decodeBytes(noise)).toThrow(/binary/);
  });

  it('tolerates a few broken bytes in otherwise valid UTF-8', () => {
    const text = '借款协议'.repeat(100);
    const bytes = new Uint8Array([...utf8(text), 0xff]);
    expect(decodeBytes(bytes).text.startsWith(text)).toBe(true);
  });
});

describe('charset declarations', () => {
  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('text/html; charset=GB2312')).toBe('GB2312');
    expect(charsetFromContentType('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
    expect(charsetFromContentType(null)).toBeUndefined();
  });

  it('finds <meta charset> and http-equiv declarations in the first bytes of a page', () => {
    expect(sniffHtmlCharset(utf8('<html><head><meta charset="gbk"><title>x</title>'))).toBe('gbk');
    expect(sniffHtmlCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=big5">'))).toBe('big5');
    expect(sniffHtmlCharset(utf8('<p>charset=gbk</p>'))).toBeUndefined();
  });
});
