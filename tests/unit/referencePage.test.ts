import { describe, expect, it } from 'vitest';
import { referencePage } from '../../scripts/referencePage.mjs';

const built = `<!DOCTYPE html><html lang="vi" dir="ltr"><head><title>Chương 2</title><style>p{color:red}</style></head>
<body><header><a href="/">Trang chủ</a></header><main id="main"><h1 class="x" data-astro-cid-1>Tiêu đề</h1>
<p>Một <strong>câu</strong> có <span class="fig">20 MW</span>.</p>
<figure class="chart"><figcaption class="chart-title">Biểu đồ</figcaption><svg viewBox="0 0 10 10"><text>nhãn</text></svg>
<table><tr><td>ô</td></tr></table><p class="chart-source">Nguồn: A</p></figure>
<ul><li>mục</li></ul><template><p>mẫu</p></template><script type="module">run()</script></main><footer>chân trang</footer></body></html>`;

describe('referencePage', () => {
  const page = referencePage(built);

  it("keeps the main's headings, paragraphs, chart titles, sources and list items as plain text", () => {
    expect(page).toContain('<h1>Tiêu đề</h1>');
    expect(page).toContain('<p>Một câu có 20 MW.</p>');
    expect(page).toContain('<p>Biểu đồ</p>');
    expect(page).toContain('<p>Nguồn: A</p>');
    expect(page).toContain('<li>mục</li>');
  });

  it('leaves out drawings, tables, templates, scripts, styles and everything outside <main>', () => {
    for (const gone of ['nhãn', 'ô', 'mẫu', 'run()', 'color:red', 'Trang chủ', 'chân trang', 'class=', '<svg', '<span']) expect(page).not.toContain(gone);
  });

  it('keeps the language and title, and sets no styles', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(page).toContain('<title>Chương 2</title>');
    expect(page).not.toMatch(/<style|<link|<script/);
  });

  it('refuses a page without <main>', () => {
    expect(() => referencePage('<html><body><p>x</p></body></html>')).toThrow(/no <main>/);
  });
});
