import { describe, expect, it } from 'vitest';
import { splitDeferredSlides } from '../../src/integrations/deckSlides';

const slides = '<section class="slide" data-slide hidden><p class="lead">Two</p></section><section class="slide" data-slide hidden>Three</section>';
const page = (inner: string, attribute = ' data-deferred-slides') =>
  `<main><div class="stage-frame"${attribute}><div class="stage"><section data-slide>Cover</section>${inner}<p data-stage-number></p></div></div></main>`;

describe('splitDeferredSlides', () => {
  it('moves the marked slides into a fragment named by its hash and points the frame at it', () => {
    const { html, fragments } = splitDeferredSlides(page(`<!--deferred-slides-->${slides}<!--/deferred-slides-->`), '/pitch/en/present/', 'en/present/index.html');
    expect(fragments).toHaveLength(1);
    const [fragment] = fragments;
    expect(fragment!.markup).toBe(slides);
    expect(fragment!.name).toMatch(/^slides\.[0-9a-f]{10}\.html$/);
    expect(html).toBe(page('', ` data-deferred-slides="/pitch/en/present/${fragment!.name}"`));
  });

  it('splits each frame of a page on its own (the speaker view has two stages), in order', () => {
    const other = slides.replace('Two', 'Two, with notes');
    const two = page(`<!--deferred-slides-->${other}<!--/deferred-slides-->`) + page(`<!--deferred-slides-->${slides}<!--/deferred-slides-->`);
    const { html, fragments } = splitDeferredSlides(two, '/en/present/speaker/', 'p');
    expect(fragments.map((f) => f.markup)).toEqual([other, slides]);
    expect(fragments[0]!.name).not.toBe(fragments[1]!.name);
    expect(html).toBe(page('', ` data-deferred-slides="/en/present/speaker/${fragments[0]!.name}"`) + page('', ` data-deferred-slides="/en/present/speaker/${fragments[1]!.name}"`));
  });

  it('names different slides differently, so a page never meets another build’s fragment', () => {
    const a = splitDeferredSlides(page(`<!--deferred-slides-->${slides}<!--/deferred-slides-->`), '/', 'a');
    const b = splitDeferredSlides(page(`<!--deferred-slides-->${slides.replace('Two', '2')}<!--/deferred-slides-->`), '/', 'b');
    expect(a.fragments[0]!.name).not.toBe(b.fragments[0]!.name);
  });

  it('leaves a page without deferred slides as it is', () => {
    const html = page(slides, '');
    expect(splitDeferredSlides(html, '/', 'x')).toEqual({ html, fragments: [] });
  });

  it('stops the build, naming the file and the field, when the markers or the attribute are missing or out of order', () => {
    expect(() => splitDeferredSlides(page(`<!--deferred-slides-->${slides}`), '/', 'vi/present/index.html')).toThrow(
      /vi\/present\/index\.html: field "data-deferred-slides": .*found 1 attribute\(s\), 1 start and 0 end/,
    );
    // Two frames, but both pairs of markers inside the first.
    const nested = page(`<!--deferred-slides-->${slides}<!--/deferred-slides--><!--deferred-slides-->${slides}<!--/deferred-slides-->`) + page('');
    expect(() => splitDeferredSlides(nested, '/', 'p')).toThrow(/in order/);
    expect(() => splitDeferredSlides(page(`<!--deferred-slides-->${slides}<!--/deferred-slides-->`, ''), '/', 'p')).toThrow(/found 0 attribute/);
    expect(() => splitDeferredSlides(page(`<!--/deferred-slides-->${slides}<!--deferred-slides-->`), '/', 'p')).toThrow(/in order/);
    expect(() => splitDeferredSlides(page('<!--deferred-slides--><p>none</p><!--/deferred-slides-->'), '/', 'p')).toThrow(/no slide/);
  });

  it('refuses slides with a script or a style, which would not run or would break the page’s CSP once fetched', () => {
    expect(() => splitDeferredSlides(page(`<!--deferred-slides-->${slides}<script>x()</script><!--/deferred-slides-->`), '/', 'p')).toThrow(/<script> or <style>/);
  });
});
