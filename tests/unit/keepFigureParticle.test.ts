import { describe, expect, it } from 'vitest';
import { keepFigureParticlesTogether } from '../../src/integrations/keepFigureParticle';

const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head></head><body>${body}</body></html>`;
const fig = '<a class="fig" href="#note-x" data-figure="x"><data value="46">46%</data><span class="visually-hidden"> (출처: VIR)</span></a>';

describe('keepFigureParticlesTogether', () => {
  it('keeps a Korean particle on the line of the figure it follows', () => {
    expect(keepFigureParticlesTogether(page('ko', `<p>데이터센터의 ${fig}는 남부에</p>`))).toBe(
      page('ko', `<p>데이터센터의 <span class="keep-together">${fig}는</span> 남부에</p>`),
    );
  });
  it('leaves a figure followed by a space or punctuation, and pages in other languages, alone', () => {
    for (const html of [page('ko', `<p>${fig} 남부</p>`), page('ko', `<p>${fig}, 남부</p>`), page('vi', `<p>${fig}는</p>`)])
      expect(keepFigureParticlesTogether(html)).toBe(html);
  });
});
