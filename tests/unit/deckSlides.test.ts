import { describe, expect, it } from 'vitest';
import { splitDeferredSlides } from '../../src/integrations/deckSlides';

const slides = '<section class="slide" data-slide hidden><p class="lead">Two</p></section><section class="slide" data-slide hidden>Three</section>';
const page = (inner: string, attribute = ' data-deferred-slides') =>
  `<main><div class="stage-frame"${attribute}><div class="stage"><section data-slide>Cover</section>${inner}<p data-stage-number></p></div></div></main>`;

describe('splitDeferredSlides', () => {
  it('moves the marked slides into a fragment named by its hash and points the frame at it', () => {
    const { html, fragment } = splitDeferredSlides(page(`<!--deferred-slides-->${slides}<!--/deferred-slides-->`), '/pitch/en/present/', 'en/present/index.html');
    expect(fragment?.markup).toBe(slides);
    expect(fragment?.name).toMatch(/^slides\.[0-9a-f]{10}\.html$/);
    expect(html).toBe(page('', ` data-deferred-slides="/pitch/en/present/${fragment!.name}"`));
  });

  it('names different slides differently, so a page never meets another build’s fragment', () => {
    const a = splitDeferredSlides(page(`<!--deferred-slides-->${slides}<!--/deferred-slides-->`), '/', 'a');
    const b = splitDeferredSlides(page(`<!--deferred-slides-->${slides.replace('Two', '2')}<!--/deferred-slides-->`), '/', 'b');
    expect(a.fragment!.name).not.toBe(b.fragment!.name);
  });

  it('leaves a page without deferred slides as it is', () => {
    const html = page(slides, '');
    expect(splitDeferredSlides(html, '/', 'x')).toEqual({ html, fragment: null });
  });

  it('stops the build, naming the file and the field, when the markers or the attribute are missing or out of order', () => {
    expect(() => splitDeferredSlides(page(`<!--deferred-slides-->${slides}`), '/', 'vi/present/index.html')).toThrow(
      /vi\/present\/index\.html: field "data-deferred-slides": .*found 1 attribute\(s\), 1 start and 0 end/,
    );
    expect(() => splitDeferredSlides(page(`<!--deferred-slides-->${slides}<!--/deferred-slides-->`, ''), '/', 'p')).toThrow(/found 0 attribute/);
    expect(() => splitDeferredSlides(page(`<!--/deferred-slides-->${slides}<!--deferred-slides-->`), '/', 'p')).toThrow(/in order/);
    expect(() => splitDeferredSlides(page('<!--deferred-slides--><p>none</p><!--/deferred-slides-->'), '/', 'p')).toThrow(/no slide/);
  });

  it('refuses slides with a script or a style, which would not run or would break the page’s CSP once fetched', () => {
    expect(() => splitDeferredSlides(page(`<!--deferred-slides-->${slides}<script>x()</script><!--/deferred-slides-->`), '/', 'p')).toThrow(/<script> or <style>/);
  });
});
