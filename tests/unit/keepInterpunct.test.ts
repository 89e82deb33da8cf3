import { describe, expect, it } from 'vitest';
import { keepInterpunctRunsTogether } from '../../src/integrations/keepInterpunct';

const kept = (run: string) => `<span class="keep-together">${run}</span>`;

describe('keepInterpunctRunsTogether', () => {
  it('wraps each run of words joined by middle dots in body text', () => {
    expect(keepInterpunctRunsTogether('<p>국제 기준에 따라 설계·건설·운영됩니다.</p>')).toBe(`<p>국제 기준에 따라 ${kept('설계·건설·운영됩니다.')}</p>`);
    expect(keepInterpunctRunsTogether('<p>부지·전력·인력을 갖춘 <a href="#x">클라우드·AI</a> 거점</p>')).toBe(
      `<p>${kept('부지·전력·인력을')} 갖춘 <a href="#x">${kept('클라우드·AI')}</a> 거점</p>`,
    );
  });
  it('leaves dots set between spaces, attributes, the head, scripts, styles and drawings alone', () => {
    const untouched = [
      '<p>2024 · VnEconomy</p>',
      '<a title="설계·건설 > 운영" aria-label="a·b">x</a>',
      '<head><title>설계·건설</title><meta content="a·b"></head>',
      '<script type="application/ld+json">{"name":"설계·건설"}</script>',
      '<style>.a::after{content:"a·b"}</style>',
      '<svg viewBox="0 0 1 1"><text>설계·건설</text></svg>',
    ];
    for (const html of untouched) expect(keepInterpunctRunsTogether(html)).toBe(html);
  });
  it('starts wrapping again after a drawing ends', () => {
    expect(keepInterpunctRunsTogether('<svg><text>a·b</text></svg><p>c·d</p>')).toBe(`<svg><text>a·b</text></svg><p>${kept('c·d')}</p>`);
  });
});
