/**
 * Drives the step core from the reader's scroll (GSAP ScrollTrigger), from the Next/Previous
 * controls and keys, and from the URL hash; mirrors the current step back into the page:
 * aria-current, the chapter graphic's chart and state, the URL, the language links and the label.
 */
import { gsap } from 'gsap';
import { ScrollTrigger } from 'gsap/ScrollTrigger';
import { closeDataSheet } from '../charts/shared/dataSheet';
import { singleKeysOn } from '../client/singleKeys';
import { prefersReducedMotion, requestChartState } from './chartEvents';
import { amongSteps, chartJustAbove, tabAmongSteps } from './amongSteps';
import { besideSteps } from './chartsBesideSteps';
import { markEdge } from './stepEdges';
import { readHashId } from './stepLinks';
import { createStepCore, type StepChange, type StepOrigin } from './stepCore';
import { firstBelow, fragmentJump, fragmentTop, keepPlace } from './keepPlace';
import { withoutFrameLoop } from './withoutFrameLoop';

// ScrollTrigger would keep a frame loop running for good (./withoutFrameLoop.ts). GSAP's ticker keeps the
// requestAnimationFrame it finds when it wakes, and registering a plugin wakes it: woken here first, it keeps
// the browser's own, not the stand-in it would find during the registration.
const keepTickerAwake = () => {};
gsap.ticker.add(keepTickerAwake);
withoutFrameLoop(() => gsap.registerPlugin(ScrollTrigger));
gsap.ticker.remove(keepTickerAwake);

interface StepInfo {
  el: HTMLElement;
  id: string;
  chapter: string;
  chapterEl: HTMLElement;
  chart: string;
  state: string;
}

function readSteps(root: ParentNode): StepInfo[] {
  return [...root.querySelectorAll<HTMLElement>('[data-step]')].map((el) => {
    const chapterEl = el.closest<HTMLElement>('[data-chapter]')!;
    return {
      el,
      id: el.id,
      chapter: chapterEl.dataset.chapter ?? '',
      chapterEl,
      chart: el.dataset.chart || chapterEl.dataset.chart || '',
      state: el.dataset.state ?? '',
    };
  });
}

/** True when some of the element is in the window (one layout read, once the scrolling pauses). */
function isOnScreen(el: HTMLElement): boolean {
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
}

/** Whether the browser's jump to this fragment has nothing left to move: the page already where it would leave it. */
const atFragmentPlace = (el: HTMLElement) => Math.abs(fragmentJump(el).y - scrollY) < 2;

/** Where a step is read: the line, as a share of the window's height from its top, whose step is current. */
const READING_LINE = 0.7;

export function startScrollDriver(root: Document = document) {
  const steps = readSteps(root);
  // In document order, none inside another: the halving lookup of keepPlace.ts finds the one at a line.
  const stepEls = steps.map((s) => s.el);
  if (steps.length === 0) return;
  const core = createStepCore();
  const byId = new Map(steps.map((s, i) => [s.id, i]));
  const label = root.querySelector<HTMLElement>('[data-step-label]');
  const labelTemplate = label?.dataset.template ?? '{n} / {total}';
  const reduced = prefersReducedMotion();

  // While Next/Previous or J/K glides to its step, the steps the glide passes must not become
  // current (pressed twice quickly, the second press would count from a step passed on the way).
  // An instant jump (Back, a shared link) is held the same way: on a short step the reading line
  // lands in the step below, which would otherwise become current and take over the URL.
  // The hold ends two frames after the scroll ends, once ScrollTrigger has read the new position.
  // A scroll that is not the glide's while the hold lasts (find-in-page, a screen reader, a script)
  // passes steps unread: if the element the glide lands (the step, or the chart just above it) is
  // not where the glide was to leave it in the window, the step at the reading line is read once
  // the hold ends. With a scroll still going on then (a glide the timer cut short, or such a scroll
  // begun within the hold's last frames), once that scroll ends: a glide that lands late is where
  // it was to be, and keeps its step. (A browser without scrollend never reads it, as before.)
  let gliding = false;
  let glideTimer: ReturnType<typeof setTimeout> | undefined;
  let glideFrame = 0;
  let heldPlace: { el: HTMLElement; top: number } | undefined;
  let placeCheck: AbortController | undefined;
  let scrolling = false;
  addEventListener('scroll', () => (scrolling = true), { passive: true });
  addEventListener('scrollend', () => (scrolling = false));
  const readIfMoved = (place: { el: HTMLElement; top: number }) => {
    if (Math.abs(place.el.getBoundingClientRect().top - place.top) > 2) readReadingLine();
  };
  const release = () => {
    clearTimeout(glideTimer);
    cancelAnimationFrame(glideFrame);
    glideFrame = requestAnimationFrame(() => {
      glideFrame = requestAnimationFrame(() => {
        glideFrame = 0;
        gliding = false;
        const place = heldPlace;
        heldPlace = undefined;
        if (!place) return;
        if (!scrolling) return readIfMoved(place);
        placeCheck = new AbortController();
        addEventListener('scrollend', () => readIfMoved(place), { once: true, signal: placeCheck.signal });
      });
    });
  };
  /** Holds the steps until release(), forgetting any hold or check before; `place`: where the scroll to come leaves an element in the window. */
  const holdSteps = (place?: { el: HTMLElement; top: number }) => {
    gliding = true;
    heldPlace = place;
    placeCheck?.abort();
    clearTimeout(glideTimer);
    cancelAnimationFrame(glideFrame);
    removeEventListener('scrollend', release);
  };
  /** Holds the steps while a glide or jump is on its way, until it ends or for `hold` ms at most. */
  const glide = (hold = 1200, place?: { el: HTMLElement; top: number }) => {
    holdSteps(place);
    addEventListener('scrollend', release, { once: true });
    // Browsers without scrollend, or a glide cut short: never hold the scroll input for long.
    glideTimer = setTimeout(release, hold);
  };

  const change = (index: number, origin: StepOrigin): StepChange => {
    const s = steps[index]!;
    return { index, id: s.id, chapter: s.chapter, chart: s.chart, state: s.state, origin };
  };

  // Scroll → step. Steps are contiguous boxes, so exactly one holds the reading line.
  // ScrollTrigger reports from inside the scroll and wheel events; the step's page writes wait for
  // the next frame, so they are not followed by the event's own layout reads (a forced layout of
  // the whole page, which made those frames long on slow phones).
  let reached = -1;
  let reachedFrame = 0;
  steps.forEach((s, i) => {
    ScrollTrigger.create({
      trigger: s.el,
      start: `top ${READING_LINE * 100}%`,
      end: `bottom ${READING_LINE * 100}%`,
      onToggle: (self) => {
        if (!self.isActive || gliding) return;
        reached = i;
        reachedFrame ||= requestAnimationFrame(() => {
          reachedFrame = 0;
          if (!gliding) core.set(change(reached, 'scroll'));
        });
      },
    });
  });

  // On phones the sticky graphic's real height sets how far below the bar a step must land
  // (Chapter.astro reads --graphic-h in the steps' scroll-margin-top).
  const graphics = [...root.querySelectorAll<HTMLElement>('[data-chapter] .graphic')];
  // Not while a data sheet is open over the steps: the graphic then fills the screen, but its room
  // in the page, and so where a step lands, stay what they were.
  const setGraphicHeight = (graphic: HTMLElement) => {
    if (graphic.hasAttribute('data-sheet')) return;
    graphic.closest<HTMLElement>('[data-chapter]')?.style.setProperty('--graphic-h', `${Math.round(graphic.offsetHeight)}px`);
  };
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) setGraphicHeight(e.target as HTMLElement);
  });
  graphics.forEach((g) => sizes.observe(g));

  // A step lands where the browser's own jump to its fragment puts it: the page's scroll padding
  // (clear of the bar) plus the step's scroll margin (Chapter.astro: clear of a phone's sticky
  // graphic). Landing elsewhere moved a shared link's page after its first paint, and the
  // browser's later jump to a followed link overrode this one.
  const scrollToStep = (index: number, instant: boolean) => {
    const step = steps[index]!;
    const graphic = step.chapterEl.querySelector<HTMLElement>('.graphic');
    // The margin reads the graphic's height, which may have just changed with its chart: set now,
    // not when the ResizeObserver next reports.
    if (graphic) setGraphicHeight(graphic);
    const offset = fragmentTop(step.el);
    // Where the charts stand among the steps, a step comes in with the chart standing just above it.
    const above = graphic ? chartJustAbove(step.el, graphic) : undefined;
    const landing = above ?? step.el;
    // Near the page's end or top the scroll stops short, leaving the element lower or higher in the window.
    const jump = fragmentJump(landing, offset);
    const moves = Math.abs(jump.y - scrollY) > 1;
    const smooth = !instant && !reduced && moves;
    const place = { el: landing, top: jump.top };
    // Back and Forward may find the page already scrolled there by the browser's own restoring,
    // whose scroll event is still to be read: held briefly too.
    if (moves) glide(1200, place);
    else if (instant) glide(400, place);
    scrollTo({ top: jump.y, behavior: smooth ? 'smooth' : 'instant' });
  };

  // Past the first or last step, Next/Previous and J/K carry on into the neighbouring chapter.
  const nextChapter = root.querySelector<HTMLAnchorElement>('a[data-chapter-next]');
  const previousChapter = root.querySelector<HTMLAnchorElement>('a[data-chapter-prev]');
  const nextButton = root.querySelector<HTMLButtonElement>('[data-step-next]');
  const previousButton = root.querySelector<HTMLButtonElement>('[data-step-prev]');
  // Before the first step (the top of the page, index -1) Previous leads out of the chapter as well.
  const markEdges = (index: number) => {
    if (nextButton) markEdge({ button: nextButton, chapter: nextChapter }, index === steps.length - 1);
    if (previousButton) markEdge({ button: previousButton, chapter: previousChapter }, index <= 0);
  };
  markEdges(-1);

  const go = (index: number, origin: StepOrigin) => {
    if (origin === 'key' && index >= steps.length && nextChapter) return void location.assign(nextChapter.href);
    if (origin === 'key' && index < 0 && previousChapter) return void location.assign(previousChapter.href);
    const clamped = Math.max(0, Math.min(steps.length - 1, index));
    core.set(change(clamped, origin));
    scrollToStep(clamped, origin === 'hash' || origin === 'init');
  };

  // A chart's motion measures what it shows (which layout is displayed, where its parts are). Asked in
  // the frame that switched charts, that measuring forces a second layout of the page inside the frame;
  // a frame later the layout is already done. Only the latest request is kept.
  // A chart that has just been brought in shows its state as it appears, without a move of its own
  // on top of the switch (the map zoomed out from the window it was built in), but still a frame later.
  // A request that replaces a pending one inherits its arrival (J pressed twice across a chart switch).
  let stateFrame = 0;
  let pendingArrival = false;
  const setChartState = (graphic: HTMLElement, chart: string, state: string, immediate: boolean, arriving: boolean) => {
    cancelAnimationFrame(stateFrame);
    pendingArrival ||= arriving;
    const apply = () => {
      requestChartState(graphic, chart, { state, immediate: immediate || pendingArrival });
      pendingArrival = false;
    };
    if (immediate) return apply();
    stateFrame = requestAnimationFrame(() => {
      stateFrame = requestAnimationFrame(apply);
    });
  };

  // Step → page.
  let previous: StepInfo | undefined;
  // A trigger that is already active when it is created (a chapter page opening with its first step
  // in the reading zone) reports at once; until the URL's own step has been applied, such reports
  // must not overwrite the hash that names it.
  let hashApplied = false;
  // Set while a link to a non-step target (a note) glides there: see the hashchange listener below.
  let followingLink = false;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  core.subscribe((c) => {
    const s = steps[c.index]!;
    previous?.el.removeAttribute('aria-current');
    s.el.setAttribute('aria-current', 'step');
    previous = s;

    const graphic = s.chapterEl.querySelector<HTMLElement>('.graphic');
    if (graphic && s.chart) {
      // A data table open over the steps (a sheet) closes when the reader moves on with the controls
      // or keys, or when its chart is put aside.
      if (c.origin === 'key' || graphic.dataset.active !== s.chart) closeDataSheet(graphic);
      // A chart put aside is hidden, and a control focused inside it would drop the focus to the
      // page's top: the focus moves to the incoming chart's data toggle instead. (Where every chart
      // stays in the flow, under reduced motion, none is hidden and the focus stays where it is.)
      const focusedSlot = document.activeElement?.closest<HTMLElement>('.chart-slot');
      const leaving = focusedSlot && graphic.contains(focusedSlot) && focusedSlot.dataset.chart !== s.chart ? focusedSlot : undefined;
      const arriving = graphic.dataset.active !== s.chart;
      graphic.dataset.active = s.chart;
      graphic.querySelectorAll<HTMLElement>('.chart-slot').forEach((slot) => {
        slot.toggleAttribute('data-active', slot.dataset.chart === s.chart);
      });
      if (leaving && !leaving.checkVisibility({ visibilityProperty: true }))
        graphic.querySelector<HTMLElement>('.chart-slot[data-active] .chart-table-toggle')?.focus({ preventScroll: true });
      if (s.state) setChartState(graphic, s.chart, s.state, c.origin === 'init' || c.origin === 'hash', arriving);
    }

    // The URL and the language links follow the step. While the reader scrolls, they are written
    // once the scrolling pauses rather than on every step passed: history writes are not free, and
    // they would land in the very frames that switch charts.
    clearTimeout(urlTimer);
    const hash = `#${c.id}`;
    // A step that became current while a link's glide passed it never takes the link's place, even
    // once the glide has landed (an instant jump can land before the write is due).
    const duringLink = followingLink;
    const writeUrl = () => {
      if (c.origin === 'key') history.pushState(null, '', hash);
      // A page that opens on its first step keeps its own URL; a hash appears once the reader moves
      // on. Only while the step is on screen: a figure's link jumps past the steps to its note, and
      // the last step, current on the way, took the note's place in the URL (a reload, or the link
      // shared, then opened on that step).
      else if (c.origin === 'scroll' && hashApplied && !duringLink && !followingLink && location.hash !== hash && (location.hash || c.index > 0) && isOnScreen(steps[c.index]!.el))
        history.replaceState(null, '', hash);
      root.querySelectorAll<HTMLAnchorElement>('[data-lang-link]').forEach((a) => {
        a.hash = hash;
      });
    };
    if (c.origin === 'scroll') urlTimer = setTimeout(writeUrl, 200);
    else writeUrl();
    if (label) label.textContent = labelTemplate.replace('{n}', String(c.index + 1)).replace('{total}', String(steps.length));
    markEdges(c.index);
  });

  // Controls and keys.
  const current = () => core.current?.index ?? -1;
  /** Makes the step at the reading line current, as a scroll would, where it is not already. */
  function readReadingLine() {
    const line = innerHeight * READING_LINE;
    const step = firstBelow(stepEls, line);
    const reading = step && step.getBoundingClientRect().top <= line ? stepEls.indexOf(step) : -1;
    if (reading >= 0 && reading !== current()) core.set(change(reading, 'scroll'));
  }
  // A button marked disabled (nowhere further to go, src/scrolly/stepEdges.ts) stays focusable but does nothing.
  const press = (button: HTMLButtonElement, by: number) =>
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') !== 'true') go(current() + by, 'key');
    });
  if (nextButton) press(nextButton, 1);
  if (previousButton) press(previousButton, -1);
  addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || !singleKeysOn()) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input:not([type="checkbox"]), textarea, select, [contenteditable]')) return;
    if (e.key === 'j' || e.key === 'J') go(current() + 1, 'key');
    else if (e.key === 'k' || e.key === 'K') go(current() - 1, 'key');
    else return;
    focusStep(current());
  });

  // After J or K the focus follows the step (without scrolling: the step is already being brought
  // into view), so the next Tab goes on from the step being read rather than from the top of the
  // page, and a screen reader reads the step. Focus on the step controls stays there.
  const takeFocus = (step: HTMLElement) => {
    if (!step.hasAttribute('tabindex')) step.setAttribute('tabindex', '-1');
    step.focus({ preventScroll: true });
  };
  const focusStep = (index: number) => {
    const step = steps[index]?.el;
    if (step && !document.activeElement?.closest('[data-step-controls]')) takeFocus(step);
  };

  // The graphic comes after the first step in the page and before the others. While a later step is
  // read, the page's own Tab order would never reach the pinned chart beside it (the chart's
  // controls sit before the second step, so Shift+Tab towards them passes every step between and
  // scrolls the reader back), and leaving the chart would land in the second step. Under reduced
  // motion on a laptop every chart stands in the flow beside its steps (chartsBesideSteps.ts), and
  // the page's order went through all of them after the first step. So the keys go in reading
  // order instead: the step being read, then its chart, then what follows the step. Shift+Tab goes
  // back from a chart to its step, and from a step's first control to what precedes the step, never
  // into the graphic (from the second step, the page's order led back into the chart: a loop).
  const focusables = (scope: ParentNode) =>
    [...scope.querySelectorAll<HTMLElement>(':is(a[href], button, input, select, textarea, summary, [tabindex]):not([tabindex="-1"])')].filter(
      (el) =>
        !el.hasAttribute('disabled') && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[data-collapsed], [data-step-controls], [inert]'),
    );
  const outside = (step: HTMLElement, graphic: HTMLElement) => (el: HTMLElement) => !step.contains(el) && !graphic.contains(el);
  const firstAfter = (step: HTMLElement, graphic: HTMLElement) =>
    focusables(document).find((el) => step.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && outside(step, graphic)(el));
  const lastBefore = (step: HTMLElement, graphic: HTMLElement) =>
    focusables(document).findLast((el) => step.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && outside(step, graphic)(el));
  addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    // On a phone without a pinned chart, the charts stand among the steps and the keys follow the
    // screen (amongSteps.ts). Asked on each Tab, since turning the phone changes the layout; the
    // page's controls are listed only where that layout is in use.
    const active = document.activeElement as HTMLElement | null;
    const onScreen = active && graphics.some(amongSteps) && tabAmongSteps(focusables(document), active, e.shiftKey);
    if (onScreen) {
      e.preventDefault();
      onScreen.focus();
      return;
    }
    // The step the focus is in, or else the one being read: a control just reached in the next step
    // belongs to that step, whether or not the scroll to it has made it current yet.
    const focusedStep = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-step]');
    const reading = (focusedStep && steps.find((s) => s.el === focusedStep)) || steps[current()];
    const graphic = reading?.chapterEl.querySelector<HTMLElement>('.graphic');
    if (!reading || !graphic) return;
    const beside = besideSteps(graphic);
    const pinned = getComputedStyle(graphic).position === 'sticky';
    // With one pinned chart, the page's order is already right while the first step is read.
    if (!beside && !(pinned && graphic.compareDocumentPosition(reading.el) & Node.DOCUMENT_POSITION_FOLLOWING)) return;
    // Beside the steps, the chart's slot for this run of steps: a chart the story returns to has a copy
    // beside each return (chartsBesideSteps.ts).
    const chartBox = beside
      ? (graphic.querySelector<HTMLElement>(`:scope > .chart-slot[data-steps~="${CSS.escape(reading.el.id)}"]`) ??
        graphic.querySelector<HTMLElement>(`:scope > .chart-slot[data-chart="${CSS.escape(reading.chart)}"]`))
      : graphic;
    if (!chartBox || !active) return;
    const chart = focusables(chartBox);
    const step = focusables(reading.el);
    let to: HTMLElement | undefined;
    if (chartBox.contains(active)) {
      if (!e.shiftKey && active === chart.at(-1)) to = firstAfter(reading.el, graphic);
      else if (e.shiftKey && active === chart[0]) to = step.at(-1) ?? reading.el;
    } else if (active === reading.el || reading.el.contains(active)) {
      if (!e.shiftKey && active === (step.at(-1) ?? reading.el)) to = chart[0];
      else if (e.shiftKey && active === (step[0] ?? reading.el)) to = lastBefore(reading.el, graphic);
    }
    if (!to) return;
    e.preventDefault();
    if (to === reading.el) takeFocus(reading.el);
    // A pinned chart is on screen already: scrolling to its control would move the page.
    else to.focus({ preventScroll: pinned && graphic.contains(to) });
  });

  // The controls are marked away while no block of steps is in view (the cover's hero, a
  // chapter's sources, the notes on the figures); on a phone, where they float over the text,
  // they then step aside (StoryPage.astro).
  const controls = root.querySelector<HTMLElement>('[data-step-controls]');
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-scrolly]')];
  if (controls && blocks.length > 0) {
    const inView = new Set<Element>();
    const watch = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) inView.add(entry.target);
          else inView.delete(entry.target);
        }
        controls.toggleAttribute('data-away', inView.size === 0);
      },
      // Only the lower 70% of the screen counts: the last lines of steps scrolled up to the top
      // while the reader is on the sources below do not bring the controls back.
      { rootMargin: '-30% 0px 0px 0px' },
    );
    blocks.forEach((block) => watch.observe(block));
  }

  // Turning a phone keeps the reader's place (keepPlace.ts). Meanwhile what scrolls past is not a
  // step read; once the place is back, the step at the reading line is current.
  keepPlace(root, {
    hold: () => holdSteps(),
    // Measured now rather than when ScrollTrigger's own refresh comes, which waits for the scrolling to stop.
    measure: () => ScrollTrigger.refresh(),
    settle: (restored) => {
      if (!restored) return release();
      glide(400);
      readReadingLine();
    },
    cancel: release,
  });

  // URL → step (reload, Back/Forward, shared links).
  const fromHash = (origin: StepOrigin) => {
    const index = byId.get(readHashId(location.hash));
    if (index !== undefined) go(index, origin);
  };
  addEventListener('popstate', () => fromHash('hash'));
  // A link to something other than a step (a number's note): its glide passes steps, and the step
  // current when the scrolling paused must not take the note's place in the URL. Until it lands.
  let linkWatch: AbortController | undefined;
  addEventListener('hashchange', () => {
    // A new hash, a step's too (Back, Forward), ends the watch on an earlier link.
    linkWatch?.abort();
    followingLink = false;
    const id = readHashId(location.hash);
    if (byId.has(id)) return;
    followingLink = true;
    const watch = (linkWatch = new AbortController());
    const { signal } = watch;
    const land = () => {
      if (signal.aborted) return;
      followingLink = false;
      watch.abort();
    };
    // Landed when a scroll ends with the link's target on screen. A scroll of the reader's own that
    // ends just as the link is followed is not the glide's, which has only begun; only the first
    // scroll to end can be such a one, so any later end lands it too.
    const target = document.getElementById(id);
    let ends = 0;
    addEventListener('scrollend', () => (++ends > 1 || !target || isOnScreen(target)) && land(), { signal });
    // Nothing scrolls where the target was already in place, or where an instant jump ended before
    // this event: with no scroll within two frames and the target where the jump puts it, there is
    // no glide to follow. With the target elsewhere, the glide has only not begun yet (a busy page
    // can take longer than two frames to start it). If nothing has scrolled within a second, the
    // glide is taken never to begin: that also ends the watch for a target the page cannot scroll to.
    let scrolled = false;
    addEventListener('scroll', () => (scrolled = true), { passive: true, once: true, signal });
    requestAnimationFrame(() => requestAnimationFrame(() => scrolled || (target && !atFragmentPlace(target)) || land()));
    setTimeout(() => scrolled || land(), 1000);
    // A reader who takes over ends it with their input.
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) addEventListener(type, land, { passive: true, capture: true, signal });
  });
  // The driver starts after `load` (src/client/enhance.ts), when fonts and images have settled, so
  // this one jump lands where the browser's own jump to the fragment would.
  fromHash('init');
  hashApplied = true;

  // Fonts change line heights and so every trigger's position (the triggers measured at creation
  // already saw the fonts when they had loaded by then, as they usually have).
  if (document.fonts && document.fonts.status !== 'loaded') document.fonts.ready.then(() => ScrollTrigger.refresh());
}
