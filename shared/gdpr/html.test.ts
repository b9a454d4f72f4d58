import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from './html';

describe('escapeHtml', () => {
  it('escapes the five characters that end text or attributes', () => {
    expect(escapeHtml(`<a href="x">O'Brien & Co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;O&#39;Brien &amp; Co&lt;/a&gt;');
  });

  it('leaves other text alone, accents and dashes included', () => {
    expect(escapeHtml('Nicolò — Città di Castello')).toBe('Nicolò — Città di Castello');
  });

  it('escapes an ampersand once, so an entity in the data stays visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('html template tag', () => {
  it('escapes interpolated strings and numbers, never the literal markup', () => {
    const name = '<script>alert(1)</script>';
    expect(html`<td title="${name}">${name} ${42}</td>`.markup).toBe(
      '<td title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt; 42</td>',
    );
  });

  it('inserts markup it built itself, alone or as a list, without escaping it twice', () => {
    const items = ['a&b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.markup).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
    expect(html`<p>${html`<b>${'<i>'}</b>`}</p>`.markup).toBe('<p><b>&lt;i&gt;</b></p>');
    expect(String(new SafeHtml('<hr>'))).toBe('<hr>');
  });
});
