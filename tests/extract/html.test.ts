import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/extract/entities';
import { htmlToText } from '../../src/extract/html';

const text = (html: string): string => htmlToText(html).text;

describe('htmlToText', () => {
  it('drops script, style, noscript, iframe and template content', () => {
    const html =
      '<style>p{}</style><script>var a = "</div>x";</script><noscript>n</noscript><iframe>i</iframe>' +
      '<template><p>t<template>nested</template>still inside</p></template><p>shown</p>';
    expect(text(html)).toBe('shown');
  });

  it('ends script content only at its own end tag, in any letter case', () => {
    expect(text('<SCRIPT>if (a</b) x = "<p>no</p>";</ScRiPt >after')).toBe('after');
  });

  it('turns block elements into line breaks and paragraphs into blank lines', () => {
    expect(text('<h1>T</h1><p>a</p><div>b</div><ul><li>c</li><li>d</li></ul>e<br>f<br><br>g')).toBe('T\n\na\n\nb\nc\nd\ne\nf\n\ng');
  });

  it('collapses whitespace as rendering does but keeps <pre> and <textarea> layout', () => {
    expect(text('<p>  a \n\t b  </p><pre>  x\n   y</pre><textarea>  one\r\n two</textarea>')).toBe('a b\n\n  x\n   y\n  one\n two');
  });

  it('keeps inline elements inside the line', () => {
    expect(text('<p>读取<b>通讯录</b>和<a href="#">短信</a></p>')).toBe('读取通讯录和短信');
  });

  it('reads quoted attribute values containing ">" as part of the tag', () => {
    expect(text(`<p title="a>b" data-x='c>d' data-y=e>shown</p>`)).toBe('shown');
  });

  it('skips comments, doctype and processing instructions', () => {
    expect(text('<!DOCTYPE html><?xml version="1.0"?><!-- <p>hidden</p> -->visible')).toBe('visible');
  });

  it('treats a lone "<" as text', () => {
    expect(text('<p>利率 < 24% 且 a <3 b</p>')).toBe('利率 < 24% 且 a <3 b');
  });

  it('extracts the title separately from the text', () => {
    expect(htmlToText('<head><title>  借款\n协议 &amp; 授权 </title></head><body>正文</body>')).toEqual({ text: '正文', title: '借款 协议 & 授权' });
    expect(htmlToText('<p>x</p>').title).toBeUndefined();
  });

  it('stays bounded on unterminated markup', () => {
    expect(text('<p>before<script>never closed')).toBe('before');
    expect(text('<p>a<!-- never closed')).toBe('a');
    expect(text('<p title="never closed>text')).toBe('');
  });

  it('reads long runs of markup characters as browsers do', () => {
    // Lone "<" are text; an unterminated tag swallows the rest of the input.
    expect(text('<'.repeat(200_000) + '<a '.repeat(100_000) + '&'.repeat(100_000))).toBe('<'.repeat(200_000));
    expect(text('&'.repeat(100_000) + '</'.repeat(100_000) + '<!'.repeat(1000))).toBe('&'.repeat(100_000) + '</'.repeat(100_000));
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&ldquo;甲方&rdquo; &amp; &#20057;&#x65B9; &nbsp;&hellip;')).toBe('“甲方” & 乙方 \u00a0…');
  });

  it('accepts the legacy names without a semicolon, and nothing else', () => {
    expect(decodeEntities('a &amp b &copy c &hellip d')).toBe('a & b © c &hellip d');
  });

  it('leaves unknown names alone and never reaches Object.prototype', () => {
    expect(decodeEntities('&bogus; &constructor; &toString;')).toBe('&bogus; &constructor; &toString;');
  });

  it('replaces invalid code points and maps the Windows-1252 range as browsers do', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;&#150;&#147;')).toBe('\ufffd\ufffd\ufffd–“');
  });
});
