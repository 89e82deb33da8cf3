import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { partLooks } from './helpers';

/** Opens the English deck (or another page of it) and waits until the deck script has started. */
async function open(page: Page, path = 'en/present/', query = '') {
  await page.goto(`${path}${query}`);
  await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
}

/** Number of slides in the deck on the page. */
const slideCount = (page: Page) => page.locator('[data-deck] [data-stage-frame]').first().locator('[data-slide]').count();

/** The URL names slide n and the stage shows slide n, and only it. */
async function expectSlide(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
  const slides = page.locator('[data-deck] [data-stage-frame]').first().locator('[data-slide]');
  await expect(slides.nth(n - 1)).toBeVisible();
  await expect(slides.locator('visible=true')).toHaveCount(1);
}

test('every forward and backward key moves one slide and names it in the URL', async ({ page }) => {
  await open(page, 'en/present/', '?slide=2');
  await expectSlide(page, 2);
  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter', 'n', 'N']) {
    await page.keyboard.press(key);
    await expectSlide(page, 3);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 2);
  }
  await page.keyboard.press('ArrowRight');
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P', 'Shift+Space']) {
    await page.keyboard.press(key);
    await expectSlide(page, 2);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
  }
});

test('the single-key shortcuts can be turned off in the help; the named keys a clicker sends still work', async ({ page }) => {
  await open(page, 'en/present/', '?slide=2');
  await page.keyboard.press('?');
  const help = page.locator('[data-deck-help]');
  await expect(help).toBeVisible();
  const toggle = help.getByRole('checkbox', { name: /single-key shortcuts/i });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  for (const key of ['n', 'b', '5', 'o', '.']) await page.keyboard.press(key);
  await expectSlide(page, 2);
  await expect(page.locator('[data-deck-overview]')).toBeHidden();
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3);
  // The choice is remembered: the next page load keeps it off.
  await open(page, 'en/present/', '?slide=2');
  await page.keyboard.press('n');
  await expectSlide(page, 2);
  // The speaker view says so, where a presenter whose B does nothing will look; it goes once they are back on.
  const speaker = await page.context().newPage();
  await open(speaker, 'en/present/speaker/');
  const notice = speaker.getByText(/^Single-key shortcuts are off here/);
  await expect(notice).toBeVisible();
  await speaker.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await speaker.locator('[data-deck-help]').getByRole('checkbox', { name: /single-key shortcuts/i }).check();
  await expect(notice).toBeHidden();
});

test('Home, End, a typed number with Enter, and blackout', async ({ page }) => {
  await open(page);
  const count = await slideCount(page);
  await page.keyboard.press('End');
  await expectSlide(page, count);
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
  await page.keyboard.type(String(count));
  await expect(page.locator('[data-typed]')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectSlide(page, count);
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expectSlide(page, 2);

  for (const key of ['b', '.']) {
    await page.keyboard.press(key);
    await expect(page.locator('[data-blackout]')).toBeVisible();
    // The first press after a blackout only brings the slide back.
    await page.keyboard.press('PageDown');
    await expect(page.locator('[data-blackout]')).toBeHidden();
    await expectSlide(page, 2);
  }
});

test('Back and Forward walk the slides; reload keeps the slide', async ({ page }) => {
  await open(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3);
  await page.goBack();
  await expectSlide(page, 2);
  await page.goBack();
  await expectSlide(page, 1);
  await page.goForward();
  await expectSlide(page, 2);
  await page.reload();
  await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
  await expectSlide(page, 2);
});

/**
 * Where the current slide's chart differs from the state the slide names: parts at the wrong
 * strength (full where the state names them or names "all", dimmed elsewhere; a state that names no
 * part changes nothing), and, on the map, a window or a layer other than the state's.
 */
async function chartStateMismatches(page: Page) {
  const root = page.locator('[data-deck] [data-chapter-frame]:not([hidden]) .chart-slot[data-active] [data-chart-root]');
  const shown = await page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-deck] [data-chapter-frame]:not([hidden]) .chart-slot[data-active] [data-chart-root]');
    const state = root?.dataset.state;
    if (!root || !state) return null;
    // The drawing on screen: the comparables' slide may show the narrow one.
    const svg = [...root.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const names = (el: Element) => ((el as SVGElement).dataset.in ?? '').split(/\s+/).includes(state);
    const wrong: string[] = [];
    const geo = svg.querySelector<SVGSVGElement>('svg.map-geo');
    if (geo) {
      const boxes = JSON.parse(geo.dataset.viewboxes!) as Record<string, string>;
      if (geo.getAttribute('viewBox') !== boxes[state]) wrong.push(`window ${geo.getAttribute('viewBox')}`);
      svg.querySelectorAll<SVGGElement>('[data-in]').forEach((layer) => {
        if ((getComputedStyle(layer).visibility === 'visible') !== names(layer)) wrong.push(`layer ${layer.dataset.in}`);
      });
    }
    const emphasis = !geo && state !== 'all' && [...svg.querySelectorAll('[data-in]')].some(names);
    return { chart: root.dataset.chartRoot!, state, wrong, emphasis };
  });
  if (!shown) return null;
  // Emphasis charts: the state's parts at full strength, every other dimmed (helpers.ts partLooks).
  if (shown.emphasis)
    for (const part of await partLooks(root, 'svg.chart-svg [data-in]', { visibleOnly: true }))
      if (part.look !== (part.in.includes(shown.state) ? 'full' : 'dimmed')) shown.wrong.push(`${part.in.join(' ')} ${part.look}`);
  return shown;
}

test('under reduced motion each slide’s chart still shows that slide’s state, at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page);
  const count = await slideCount(page);
  const states = new Set<string>();
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await expectSlide(page, n);
    // Read at once: under reduced motion a state is drawn with the slide, with no tween.
    const shown = await chartStateMismatches(page);
    if (!shown) continue;
    expect(shown.wrong, `slide ${n}: ${shown.chart} in state ${shown.state}`).toEqual([]);
    states.add(`${shown.chart}:${shown.state}`);
  }
  // The check above ran on the emphasis charts and the map, in more than one state each.
  expect([...states].filter((s) => s.startsWith('headline:')).length).toBeGreaterThan(1);
  expect([...states].filter((s) => s.startsWith('map:')).length).toBeGreaterThan(1);
});

test('a malformed or out-of-range slide in the URL lands on the nearest slide', async ({ page }) => {
  await open(page, 'en/present/', '?slide=9999');
  await expectSlide(page, await slideCount(page));
  await open(page, 'en/present/', '?slide=abc');
  await expectSlide(page, 1);
  await open(page, 'en/present/', '?slide=-3');
  await expectSlide(page, 1);
  await open(page, 'en/present/', '?slide=2x');
  await expectSlide(page, 2);
});

test('the overview opens with O or Esc and goes to a slide by keys or click', async ({ page }) => {
  await open(page, 'en/present/', '?slide=2');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await page.keyboard.press('o');
  await expect(overview).toBeVisible();
  const buttons = overview.locator('[data-overview-list] button');
  await expect(buttons).toHaveCount(await slideCount(page));
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(buttons.nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expectSlide(page, 3);

  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();
  await buttons.first().click();
  await expect(overview).toBeHidden();
  await expectSlide(page, 1);
});

test('a clicker’s Page Down or Page Up in the overview, opened by mistake, leaves it for the next or previous slide', async ({ page }) => {
  await open(page, 'en/present/', '?slide=5');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(overview).toBeHidden();
  await expectSlide(page, 6);
  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(overview).toBeHidden();
  await expectSlide(page, 5);
});

test('on a 1024×768 projector the overview keeps its title and Close in view at the last slide, and the chosen slide clear of them', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, 'vi/present/', '?slide=50');
  await page.keyboard.press('o');
  const overview = page.locator('[data-deck-overview]');
  await page.keyboard.press('End');
  await expect(overview.locator('.overlay-close')).toBeInViewport({ ratio: 1 });
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
  const [head, chosen] = await Promise.all([overview.locator('.overlay-head').boundingBox(), page.locator(':focus').boundingBox()]);
  expect(chosen!.y).toBeGreaterThanOrEqual(head!.y + head!.height - 1);
});

test('? shows every binding, Esc closes it', async ({ page }) => {
  await open(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const key of ['→', '↓', 'Space', 'Page Down', 'Enter', 'N', '←', 'Page Up', 'Backspace', 'P', 'Home', 'End', '0–9', 'F', 'O', 'Esc', 'B', '.', '?', 'S'])
    await expect(help.locator('kbd', { hasText: new RegExp(`^${key.replace(/[.?]/g, '\\$&')}$`) }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('the help and the overview hold the focus while open and give it back to the button that opened them', async ({ page }) => {
  await open(page);
  for (const [name, dialog] of [
    ['Keyboard shortcuts', page.getByRole('dialog', { name: 'Keyboard shortcuts' })],
    ['All slides', page.locator('[data-deck-overview]')],
  ] as const) {
    const opener = name === 'All slides' ? page.locator('[data-deck-controls] [data-deck-command="toggleOverview"]') : page.locator('[data-deck-controls] [data-deck-command="toggleHelp"]');
    await opener.click();
    await expect(dialog).toBeVisible();
    // Tab may pass out to the browser's own controls (the page then has no focus), as from a native
    // modal dialog, but never onto the page behind.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const inside = await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body);
      expect(inside, `${name}: Tab ${i + 1} reached the page behind the dialog`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  }
});

test('the buttons and swipes move the slides too', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await open(page);
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expectSlide(page, 2);
  const swipe = (fromX: number, toX: number) =>
    page.locator('[data-deck] [data-stage-frame]').evaluate(
      (el, [a, b]) => {
        const touch = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
        el.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(a!)], changedTouches: [touch(a!)], bubbles: true }));
        el.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(b!)], bubbles: true }));
      },
      [fromX, toX],
    );
  await swipe(900, 300);
  await expectSlide(page, 3);
  await swipe(300, 900);
  await expectSlide(page, 2);
  await context.close();
});

test('the language switch keeps the slide', async ({ page }) => {
  await open(page, 'en/present/', '?slide=3');
  await page.mouse.move(10, 10);
  await page.locator('[data-lang-link][hreflang="ko"]').click();
  await expect(page).toHaveURL(/\/ko\/present\/\?slide=3$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expectSlide(page, 3);
});

test('before the deck’s script has started, the stage shows the cover, scaled and centred as the script then keeps it', async ({ page }) => {
  // The script starts after the first paint; on a slow first visit the stage was blank until then.
  await page.setViewportSize({ width: 1440, height: 900 });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/deck\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('en/present/', { waitUntil: 'load' });
  const stageBox = () => page.locator('[data-deck] [data-stage]').evaluate((el) => el.getBoundingClientRect().toJSON());
  await expect(page.locator('[data-deck] .slide-cover .slide-heading')).toBeInViewport({ ratio: 1 });
  const before = await stageBox();
  expect(before).toMatchObject({ x: 0, y: 45, width: 1440, height: 810 });
  release();
  await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
  expect(await stageBox()).toEqual(before);
});

test('the deck’s HTML holds what is projected: each slide’s lead line without the story’s prose, charts without their data tables, and the notes only in the speaker view’s current slide', async ({ page }) => {
  // The prose and the tables are the story's and the notes the presenter's: the audience's deck and
  // the next-slide preview would only carry their bytes.
  await open(page, 'en/present/');
  await expect(page.locator('.slide-text > :not(.lead)')).toHaveCount(0);
  expect(await page.locator('[data-chart-layer] svg.chart-svg').count()).toBeGreaterThan(10);
  await expect(page.locator('.chart-table, .chart-table-toggle')).toHaveCount(0);
  expect(await page.locator('.slide-text > .lead').count()).toBeGreaterThan(40);
  await expect(page.locator('[data-notes]')).toHaveCount(0);
  await open(page, 'en/present/speaker/', '?slide=2');
  await expect(page.locator('.slide-text > :not(.lead):not([data-notes])')).toHaveCount(0);
  await expect(page.locator('[data-preview-stage] [data-notes]')).toHaveCount(0);
  expect(await page.locator('[data-current-stage] [data-notes]').count()).toBeGreaterThan(10);
  await expect(page.locator('[data-notes-target]')).toHaveText(/\w{3}/);
});

test('the deck’s first document carries only the cover; the other slides come with its script, and a failed fetch says so on the cover', async ({ page, request }) => {
  // The first round trip carries what the room sees first; the slides after it arrive beside the deck's script.
  const html = await (await request.get('en/present/')).text();
  expect(html.match(/\sdata-slide[\s>]/g)).toHaveLength(1);
  const fragmentUrl = html.match(/\sdata-deferred-slides="([^"]+)"/)?.[1];
  expect(fragmentUrl).toMatch(/\/en\/present\/slides\.[0-9a-f]{10}\.html$/);
  // The speaker view's two stages are deferred too: two covers, two files.
  const speakerHtml = await (await request.get('en/present/speaker/')).text();
  expect(speakerHtml.match(/\sdata-slide[\s>]/g)).toHaveLength(2);
  expect(speakerHtml.match(/\sdata-deferred-slides="[^"]*\/en\/present\/speaker\/slides\.[0-9a-f]{10}\.html"/g)).toHaveLength(2);

  // Put on the stage a chapter per task, in the file's order, after the cover.
  const key = (kind: string | null | undefined, step: string | null | undefined) => `${kind ?? ''}/${step ?? ''}`;
  const fragment = await (await request.get(fragmentUrl!)).text();
  const expected = [
    key('cover', ''),
    ...[...fragment.matchAll(/<section\b[^>]*\sdata-slide[\s>][^>]*>/g)].map((m) => key(m[0].match(/data-kind="([^"]+)"/)?.[1], m[0].match(/data-step-id="([^"]+)"/)?.[1])),
  ];
  expect(expected.length).toBeGreaterThan(40);
  const order = (stage: string) =>
    page
      .locator(stage)
      .locator('[data-slide]')
      .evaluateAll((slides) => slides.map((s) => `${s.getAttribute('data-kind') ?? ''}/${s.getAttribute('data-step-id') ?? ''}`));
  await open(page, 'en/present/speaker/');
  expect(await order('[data-current-stage] [data-stage-frame]')).toEqual(expected);
  expect(await order('[data-preview-stage] [data-stage-frame]')).toEqual(expected);
  await open(page, 'en/present/', '?slide=7');
  expect(await order('[data-deck] > [data-stage-frame]')).toEqual(expected);
  await expectSlide(page, 7);
  await expect(page.locator('[data-slides-failed]')).toBeHidden();

  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route(/\/slides\.[0-9a-f]+\.html$/, (route) => route.fulfill({ status: 503, body: '' }));
  await open(page, 'en/present/');
  await expect(page.locator('[data-slides-failed]')).toBeVisible();
  await expect(page.locator('[data-slides-failed]')).toHaveText(/could not be loaded.*reload/i);
  expect(await slideCount(page)).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 1);
  expect(errors.join('\n')).toMatch(/slides could not be loaded: .*HTTP 503/);
});

test('a speaker view in a second window follows and drives the audience window', async ({ page, context }) => {
  await open(page, 'en/present/', '?slide=2');
  const speaker = await context.newPage();
  await open(speaker, 'en/present/speaker/');
  const counter = speaker.locator('.speaker-counter');
  const count = await slideCount(page);
  // A newly opened speaker view asks the deck where it is.
  await expect(counter).toHaveText(`Slide 2 of ${count}`);
  await expect(speaker.locator('[data-notes-target]')).not.toBeEmpty();
  await expect(speaker.locator('[data-timer]')).toHaveText(/^\d+:\d\d$/);
  await expect(speaker.locator('[data-clock]')).toHaveText(/\d/);

  await page.keyboard.press('PageDown');
  await expectSlide(page, 3);
  await expect(counter).toHaveText(`Slide 3 of ${count}`);
  await expectSlide(speaker, 3);

  await speaker.keyboard.press('PageUp');
  await expectSlide(speaker, 2);
  await expectSlide(page, 2);

  await speaker.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toBeVisible();
  await expect(speaker.locator('[data-blackout-indicator]')).toBeVisible();
  await page.keyboard.press('b');
  await expect(speaker.locator('[data-blackout-indicator]')).toBeHidden();

  // Back in the audience window takes the speaker view along.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3);
  await expectSlide(speaker, 3);
  await page.goBack();
  await expectSlide(page, 2);
  await expect(counter).toHaveText(`Slide 2 of ${count}`);
  // Back in the speaker view after the audience window drove on goes to the slide shown before,
  // not to one the speaker view itself showed long ago.
  for (let n = 3; n <= 5; n++) {
    await page.keyboard.press('ArrowRight');
    await expectSlide(speaker, n);
  }
  await speaker.goBack();
  await expectSlide(speaker, 4);
  await expectSlide(page, 4);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await expectSlide(speaker, 2);

  // An overview left open in the audience window closes when the speaker view moves on, so the
  // room sees the slide the presenter sees.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-deck-overview]')).toBeVisible();
  await speaker.keyboard.press('PageDown');
  await expectSlide(page, 3);
  await expect(page.locator('[data-deck-overview]')).toBeHidden();

  // Closing one window leaves the other working.
  await speaker.close();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
});

test('a second deck opened beside the room’s screen neither moves it nor follows it; a speaker view drives both', async ({ page, context }) => {
  await open(page, 'en/present/', '?slide=3');
  const second = await context.newPage();
  await open(second, 'vi/present/');
  // Opened without a slide, it starts at the cover rather than jumping to the room's slide.
  await expectSlide(second, 1);
  await second.keyboard.press('PageDown');
  await expectSlide(second, 2);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 4);
  await page.waitForTimeout(300);
  await expectSlide(second, 2);
  await expectSlide(page, 4);
  // A speaker view still takes every deck along (opened, it takes the slide of whichever deck
  // answered it last).
  const speaker = await context.newPage();
  await open(speaker, 'en/present/speaker/');
  await expect(speaker).toHaveURL(/[?&]slide=(2|4)(&|$)/);
  await speaker.waitForTimeout(300);
  const n = Number(new URL(speaker.url()).searchParams.get('slide')) + 1;
  await speaker.keyboard.press('PageDown');
  await expectSlide(speaker, n);
  await expectSlide(page, n);
  await expectSlide(second, n);
});

test('S opens the speaker view at the current slide', async ({ page, context }) => {
  await open(page, 'en/present/', '?slide=3');
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await popup.waitForURL(/\/en\/present\/speaker\/\?slide=3$/);
  await expect(popup.locator('[data-deck][data-ready]')).toBeAttached();
  await expectSlide(popup, 3);
});

test('on a chapter’s title slide the speaker view lists the key lines of the slides the chapter holds, in order', async ({ page }) => {
  await open(page, 'en/present/speaker/', '?slide=1');
  const slides = await page.evaluate(() =>
    [...document.querySelector('[data-deck] [data-stage-frame]')!.querySelectorAll<HTMLElement>('[data-slide]')].map((el) => ({
      kind: el.dataset.kind,
      lead: el.querySelector('.lead')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    })),
  );
  const titles = slides.flatMap((s, i) => (s.kind === 'title' ? [i] : []));
  expect(titles.length).toBe(8);
  for (const index of [titles[0]!, titles[4]!]) {
    const following = slides.slice(index + 1);
    const end = following.findIndex((s) => s.kind !== 'step');
    const leads = following.slice(0, end === -1 ? undefined : end).map((s) => s.lead);
    expect(leads.length).toBeGreaterThan(2);
    await page.keyboard.type(String(index + 1));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]slide=${index + 1}(&|$)`));
    const notes = page.locator('[data-notes-target]');
    await expect(notes).toContainText('Coming up in this chapter:');
    await expect(notes.locator('ol > li')).toHaveText(leads);
  }
  // The next slide, a step, shows its own notes, not an outline.
  await page.keyboard.press('ArrowRight');
  const own = await page.evaluate(() => document.querySelector('[data-deck] [data-stage-frame] [data-slide]:not([hidden]) [data-notes]')?.textContent?.trim());
  expect(own).toBeTruthy();
  await expect(page.locator('[data-notes-target] ol')).toHaveCount(0);
  await expect(page.locator('[data-notes-target]')).toHaveText(own!);
});

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`the 16:9 stage fits ${width}×${height} without scrolling or clipping`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    const count = await slideCount(page);
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      const fit = await page.evaluate(() => {
        const stage = document.querySelector('[data-deck] [data-stage]')!.getBoundingClientRect();
        const slide = document.querySelector<HTMLElement>('[data-deck] [data-slide]:not([hidden])')!;
        const box = slide.matches('[data-fit]') ? slide : slide.querySelector<HTMLElement>('[data-fit]')!;
        return {
          scrolls: document.documentElement.scrollWidth > innerWidth || document.documentElement.scrollHeight > innerHeight,
          stage: { left: stage.left, top: stage.top, right: stage.right, bottom: stage.bottom, ratio: stage.width / stage.height },
          textOverflows: box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1,
        };
      });
      expect(fit.scrolls).toBe(false);
      expect(fit.textOverflows).toBe(false);
      expect(fit.stage.ratio).toBeCloseTo(16 / 9, 2);
      expect(fit.stage.left).toBeGreaterThanOrEqual(-0.5);
      expect(fit.stage.top).toBeGreaterThanOrEqual(-0.5);
      expect(fit.stage.right).toBeLessThanOrEqual(width + 0.5);
      expect(fit.stage.bottom).toBeLessThanOrEqual(height + 0.5);
      // Letterboxed: the stage fills the screen along one side.
      expect(Math.max(fit.stage.right - fit.stage.left - width, fit.stage.bottom - fit.stage.top - height)).toBeGreaterThan(-1);
    }
  });
}

// The smallest chart text a room can read off the 1920×1080 canvas; the charts' label sizes are
// set for a page column, so the deck must give each drawing the room to scale up to this. A tall
// drawing reaches it only by showing the band of it its slide is about (src/deck/stageWindow.ts).
const minChartTextOnCanvas = 14;

for (const locale of ['vi', 'en', 'ko']) {
  test(`${locale}: every chart slide keeps its card clear of the slide number, whole, with text a room can read and no label cut in half`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await open(page, `${locale}/present/`);
    const count = await slideCount(page);
    const seen = new Set<string>();
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      const r = await page.evaluate(() => {
        const stage = document.querySelector('[data-deck] [data-stage]')!;
        const scale = stage.getBoundingClientRect().width / 1920;
        const slot = stage.querySelector<HTMLElement>('[data-chapter-frame]:not([hidden]) .chart-slot[data-active]');
        if (!slot) return null;
        const box = (el: Element) => {
          const b = el.getBoundingClientRect();
          return { top: b.top / scale, bottom: b.bottom / scale, left: b.left / scale, right: b.right / scale };
        };
        const svg = [...slot.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
        const ctm = svg.getScreenCTM()!;
        const sizes = [...svg.querySelectorAll('text')]
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => (Number.parseFloat(getComputedStyle(t).fontSize) * ctm.a) / scale);
        const source = slot.querySelector('.chart-source')!;
        // Lines of text a shown band's edge cuts through (a band ends at the drawing's own edges or between lines).
        const view = svg.viewBox.baseVal;
        const wholeHeight = Number((svg.dataset.wholeView ?? `0 0 0 ${view.height}`).split(/\s+/)[3]);
        // A value that does not parse would make every check below pass without looking.
        if (!(wholeHeight > 0)) throw new Error(`${slot.dataset.chart}: unreadable whole view "${svg.dataset.wholeView}"`);
        const cuts = (edge: number) =>
          edge > 0.5 && edge < wholeHeight - 0.5
            ? [...svg.querySelectorAll<SVGTextElement>('text:not([data-stage-key] text)')].filter((t) => {
                const b = t.getBBox();
                return b.y < edge - 0.5 && b.y + b.height > edge + 0.5;
              })
            : [];
        // Where a copy of the chart's key is drawn on top of the band, the band starts below the copy's ground.
        const key = svg.querySelector<SVGGElement>('[data-stage-key]');
        const ground = key?.querySelector<SVGRectElement>('rect');
        const bandTop = key && ground ? key.transform.baseVal.consolidate()!.matrix.f + ground.y.baseVal.value + ground.height.baseVal.value : view.y;
        const cutText = [...cuts(bandTop), ...cuts(view.y + view.height)].map((t) => t.textContent);
        // A band below the chart's key shows a copy of the key above it.
        const keyBand = svg.querySelector('[data-views]')?.getAttribute('data-key');
        const keyBottom = keyBand == null ? Infinity : Number(keyBand.split(/\s+/)[1]);
        if (Number.isNaN(keyBottom)) throw new Error(`${slot.dataset.chart}: unreadable key band "${keyBand}"`);
        const keyMissing = view.y > keyBottom && (svg.querySelector('[data-stage-key]')?.querySelectorAll('text').length ?? 0) < 4;
        return {
          cutText,
          keyMissing,
          chart: slot.dataset.chart!,
          card: box(slot.querySelector('.chart')!),
          art: box(slot.querySelector('.chart-art')!),
          source: box(source),
          sourceLines: Math.round(source.clientHeight / Number.parseFloat(getComputedStyle(source).lineHeight)),
          number: box(stage.querySelector('[data-stage-number]')!),
          smallestText: Math.min(...sizes),
        };
      });
      if (!r) continue;
      // On every slide (a chart shows another band in each state): no label cut in half, and text a room can read.
      expect(r.cutText, `slide ${n} (${r.chart})`).toEqual([]);
      expect(r.keyMissing, `slide ${n} (${r.chart}): the key`).toBe(false);
      expect(r.smallestText, `slide ${n} (${r.chart})`).toBeGreaterThanOrEqual(minChartTextOnCanvas);
      // The comparables' slide is about one panel: its narrow drawing, one column, reads larger than the two panels side by side.
      if (r.chart === 'comparables') expect(r.smallestText, `slide ${n} (comparables)`).toBeGreaterThanOrEqual(17);
      if (seen.has(r.chart)) continue;
      seen.add(r.chart);
      // Inside the canvas, and above the slide number rather than under it.
      expect(r.card.top, r.chart).toBeGreaterThanOrEqual(0);
      expect(r.card.right, r.chart).toBeLessThanOrEqual(1920);
      expect(r.card.bottom, r.chart).toBeLessThanOrEqual(r.number.top);
      // The drawing and the source line stay inside the card, one above the other, the source whole.
      expect(r.art.bottom, r.chart).toBeLessThanOrEqual(r.source.top + 0.5);
      expect(r.source.bottom, r.chart).toBeLessThanOrEqual(r.card.bottom);
      expect(r.sourceLines, r.chart).toBeGreaterThanOrEqual(1);
    }
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });
}

test('the deck and speaker view carry no site header or footer', async ({ page }) => {
  for (const path of ['vi/present/', 'en/present/speaker/']) {
    await open(page, path);
    await expect(page.locator('header, footer, [role="banner"], [role="contentinfo"]')).toHaveCount(0);
    await expect(page.locator('.bar, .foot')).toHaveCount(0);
  }
});

test('the speaker view has one top heading, and the slide shown under "Current slide" ranks below it', async ({ page }) => {
  await open(page, 'en/present/speaker/');
  await expect(page.locator('h1')).toHaveCount(1);
  const current = page.locator('[data-current-stage]');
  // The cover slide is the current one: before, its title was a second h1.
  await expect(current.locator('.slide-heading:visible')).toHaveCount(1);
  expect(await current.locator('.slide-heading:visible').evaluate((el) => el.tagName)).toBe('H3');
  // The audience window keeps the cover's title as its h1.
  await open(page, 'en/present/');
  expect(await page.locator('.slide-cover .slide-heading').evaluate((el) => el.tagName)).toBe('H1');
});

test('the cursor and controls hide when the pointer is idle', async ({ page }) => {
  await page.clock.install();
  await open(page);
  await page.mouse.move(200, 200);
  await expect(page.locator('body')).not.toHaveClass(/is-idle/);
  await page.clock.runFor(4000);
  await expect(page.locator('body')).toHaveClass(/is-idle/);
  await expect(page.locator('[data-deck-controls]')).toBeHidden();
  await page.mouse.move(300, 300);
  await expect(page.locator('body')).not.toHaveClass(/is-idle/);
});

test('with the bar idle, a keyboard user still hears each slide change and reaches the bar with Tab', async ({ page }) => {
  await page.clock.install();
  await open(page, 'en/present/');
  await page.clock.runFor(4000);
  await expect(page.locator('[data-deck-controls]')).toBeHidden();
  // The announcement lives outside the bar: inside it, the hidden bar silenced it.
  await expect(page.locator('[data-deck-controls] [aria-live]')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  const live = page.locator('[aria-live][data-deck-counter]');
  // The number, then what the slide shows the room (its visible text, read as a sighted user would).
  const total = await page.locator('[data-deck] [data-slide]').count();
  const shown = (await page.locator('[data-deck] [data-slide]:visible').first().innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
  const spoken = (await live.textContent())!;
  expect(spoken.startsWith(`Slide 2 of ${total}: `), spoken).toBe(true);
  expect(shown.some((line) => spoken.endsWith(line)), `${spoken} / ${shown.join(' | ')}`).toBe(true);
  expect(await live.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
  // Tab wakes the bar before the focus moves, so the focus lands on its first control: from the
  // element before the bar in the page's order, one Tab. (Before, the bar came back through a
  // transition that kept it hidden in that moment, and the focus went past it, out of the page.)
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-deck-controls] button').first()).toBeFocused();
  await expect(page.locator('[data-deck-controls]')).toBeVisible();
});

test('on a phone the deck hands over to the scrolling story at the same place', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, 'en/present/', '?slide=3');
  await expect(page.locator('[data-deck] [data-stage-frame]')).toBeHidden();
  const link = page.locator('[data-story-link]');
  await expect(link).toBeVisible();
  const stepId = await page.locator('[data-deck] [data-slide]').nth(2).getAttribute('data-step-id');
  await expect(link).toHaveAttribute('href', new RegExp(`/en/#${stepId}$`));
});

/** Rests the pointer on the control bar, which keeps it fully shown (not fading) while axe reads colours. */
async function showControls(page: Page) {
  await page.hover('[data-deck-controls] [data-deck-counter]');
  await expect(page.locator('[data-deck-controls]')).toHaveCSS('opacity', '1');
}

test('axe finds no serious or critical problems in the deck and the speaker view', async ({ page }) => {
  for (const path of ['en/present/', 'ko/present/speaker/']) {
    await open(page, path, '?slide=3');
    await showControls(page);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await open(page, 'vi/present/');
  await showControls(page);
  await page.keyboard.press('o');
  const withOverview = await new AxeBuilder({ page }).analyze();
  expect(withOverview.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('F toggles full screen', async ({ page }) => {
  await open(page);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('the screen wake lock is asked for again when the page becomes visible again', async ({ page }) => {
  // A stand-in wake lock that counts requests, since headless browsers have no screen to keep on.
  await page.addInitScript(() => {
    const w = window as unknown as { locks: { released: boolean }[] };
    w.locks = [];
    Object.defineProperty(Navigator.prototype, 'wakeLock', {
      configurable: true,
      get: () => ({
        request: async () => {
          const lock = { released: false, release: async () => void (lock.released = true) };
          w.locks.push(lock);
          return lock;
        },
      }),
    });
  });
  await open(page);
  const locks = () => page.evaluate(() => (window as unknown as { locks: unknown[] }).locks.length);
  await expect.poll(locks).toBe(1);
  // The browser releases the lock when the tab is hidden; coming back must request it again.
  await page.evaluate(() => {
    (window as unknown as { locks: { released: boolean }[] }).locks[0]!.released = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(locks).toBe(2);
});

test('in a narrow window (half a laptop screen) the speaker view shows the notes under the current slide, without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 683, height: 768 });
  await open(page, 'en/present/speaker/', '?slide=5');
  const notes = page.locator('.speaker-notes [data-notes-target]');
  await expect(notes).not.toBeEmpty();
  const [current, notesBox, next] = await Promise.all([
    page.locator('.speaker-current').boundingBox(),
    notes.boundingBox(),
    page.locator('.speaker-next').boundingBox(),
  ]);
  expect(notesBox!.y).toBeGreaterThanOrEqual(current!.y + current!.height);
  expect(notesBox!.y + 40).toBeLessThanOrEqual(768);
  expect(next!.y).toBeGreaterThan(notesBox!.y);
});

test('the speaker view timer counts and resets', async ({ page }) => {
  await page.clock.install();
  await open(page, 'en/present/speaker/');
  const timer = page.locator('[data-timer]');
  await page.clock.runFor(65_000);
  await expect(timer).toHaveText('1:05');
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await expect(timer).toHaveText('0:00');
  await page.clock.runFor(3_000);
  await expect(timer).toHaveText('0:03');
  // After the click, Space moves the slide on; it does not reset the timer again.
  await page.keyboard.press('Space');
  await expectSlide(page, 2);
  await expect(timer).toHaveText('0:03');
});

test('the speaker view timer goes on when the speaker view is closed and opened again', async ({ page, context }) => {
  await page.clock.install();
  await open(page, 'en/present/speaker/');
  await page.clock.runFor(125_000);
  await expect(page.locator('[data-timer]')).toHaveText('2:05');
  await page.close();
  const again = await context.newPage();
  await again.clock.install({ time: Date.now() + 130_000 });
  await open(again, 'en/present/speaker/');
  await expect(again.locator('[data-timer]')).toHaveText(/^2:\d\d$/);
  // An hour after the last speaker view closed, the timer belongs to an earlier talk: it starts afresh.
  await again.close();
  const later = await context.newPage();
  await later.clock.install({ time: Date.now() + 3_600_000 });
  await open(later, 'en/present/speaker/');
  await expect(later.locator('[data-timer]')).toHaveText('0:00');
});

for (const locale of ['vi', 'en', 'ko'] as const) {
  test(`${locale}: the speaker view shows every slide's notes whole, above the control bar, at a readable size`, async ({ page }) => {
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await open(page, `${locale}/present/speaker/`, '?slide=1');
      const count = await slideCount(page);
      for (let n = 1; n <= count; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
        const notes = await page.evaluate(() => {
          const box = document.querySelector<HTMLElement>('[data-notes-target]')!;
          const bar = document.querySelector<HTMLElement>('.speaker-controls')!.getBoundingClientRect();
          return {
            overflow: box.scrollHeight - box.clientHeight,
            bottomOverBar: box.getBoundingClientRect().bottom - bar.top,
            fontPx: Number.parseFloat(getComputedStyle(box).fontSize),
            pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
          };
        });
        const where = `slide ${n} at ${width}×${height}`;
        expect(notes.overflow, `notes cut off on ${where}`).toBeLessThanOrEqual(1);
        expect(notes.bottomOverBar, `notes run under the control bar on ${where}`).toBeLessThanOrEqual(0);
        expect(notes.fontPx, `notes too small on ${where}`).toBeGreaterThanOrEqual(18);
        expect(notes.pageScrolls, `the speaker view scrolls on ${where}`).toBe(false);
      }
    }
  });
}

test('ko: no line of a slide starts with the middle dot that joins listed words', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Slide 23's key line lists "설계·건설·운영", which once broke before a dot.
  await open(page, 'ko/present/', '?slide=1');
  const count = await slideCount(page);
  const problems: string[] = [];
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
    const starts = await page.evaluate(() => {
      const slide = [...document.querySelectorAll<HTMLElement>('[data-deck] [data-stage-frame]')][0]!.querySelector<HTMLElement>('[data-slide]:not([hidden])')!;
      const found: string[] = [];
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('svg, [data-notes]')) continue;
        const text = node.data;
        for (let i = text.indexOf('·'); i > 0; i = text.indexOf('·', i + 1)) {
          const rect = (from: number) => {
            const range = document.createRange();
            range.setStart(node!, from);
            range.setEnd(node!, from + 1);
            return range.getBoundingClientRect();
          };
          const dot = rect(i);
          const before = rect(i - 1);
          // A line that starts with the dot puts it left of, and lower than, the character before it.
          if (dot.height > 0 && dot.left < before.left && dot.top > before.top) found.push(text.slice(Math.max(0, i - 4), i + 4));
        }
      }
      return found;
    });
    problems.push(...starts.map((s) => `slide ${n}: "${s}"`));
  }
  expect(problems).toEqual([]);
});

test('the speaker view names its current slide once, as one region, and the audience deck is a region of its own', async ({ page }) => {
  await open(page, 'en/present/speaker/');
  // Before, the stage inside the "Current slide" section was a second region of the same name.
  await expect(page.getByRole('region', { name: 'Current slide' })).toHaveCount(1);
  await open(page, 'en/present/');
  await expect(page.locator('[data-deck] [data-stage-frame][role="region"]')).toHaveCount(1);
});
