/**
 * Everything the browser adds to a page (motion, keys, the deck, the calculator) is an
 * enhancement: the page reads, and every chart shows its finished state, without it. So the
 * modules wait until the page has loaded and painted. On a slow link the first round trips go
 * to the text and its fonts rather than to scripts, and the first layout is the browser's own
 * rather than one forced inside a long script task.
 *
 * Modules are fetched in parallel and started in the order they were queued, which is document
 * order: charts subscribe to their state events before the driver that sends the first state.
 * When the last one has started, <html> gets `data-enhanced`.
 */

/** Resolves in a new task, so the work after it does not lengthen the task before. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Calls `done` in a task after the page's first contentful paint is on screen. The paint timing
 * entry is delivered once that frame has been presented; a task after the animation frame that
 * follows `load` can run a few milliseconds before, and the modules' requests then start ahead of
 * the paint they are meant to follow. Browsers without paint timing fall back to that frame.
 */
function afterFirstPaint(done: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    setTimeout(done, 0);
  };
  // A tab in the background paints no frames and has no reader waiting: it starts at once. A page
  // hidden before its first paint reports no contentful paint later either.
  if (document.visibilityState === 'hidden') return done();
  addEventListener('visibilitychange', once, { once: true });
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(once);
    return;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
}

const painted = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') afterFirstPaint(resolve);
  else addEventListener('load', () => afterFirstPaint(resolve), { once: true });
});

let queue: Promise<unknown> = painted;

export function enhance<M>(load: () => Promise<M>, start: (module: M) => void | Promise<void>): void {
  const loaded = painted.then(load);
  // Each start begins in a task of its own, so no single task holds the main thread for long.
  const started = queue
    .then(() => loaded)
    .then(async (module) => {
      await nextTask();
      await start(module);
    })
    .catch((error: unknown) => console.error(error));
  queue = started;
  void started.then(() => {
    if (queue === started) document.documentElement.dataset.enhanced = '';
  });
}
