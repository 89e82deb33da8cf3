/**
 * Browser-only: runs a library's set-up without the animation-frame loop it would start there.
 *
 * ScrollTrigger, once registered, asks for an animation frame in every frame for the life of the page
 * (its source calls it a repaint workaround for Firefox). A story at rest then still has the browser
 * run a frame sixty times a second: measured on an idle chapter here, about 30 ms of main-thread work
 * each second, against 0.3 ms on the deck, which has no ScrollTrigger. On a phone that is a steady
 * drain while an investor reads. The driver needs ScrollTrigger only when the page scrolls or its size
 * changes, and those bring frames of their own (ScrollTrigger asks for one on each scroll event).
 *
 * So every frame requested during `setUp` is passed on, but each runs once with a guard: a callback
 * that asks for itself again while it runs (the shape of a loop that never ends) is not asked for
 * again. Any other request, its own or another's, goes through.
 */
export function withoutFrameLoop(setUp: () => void): void {
  const request = window.requestAnimationFrame;
  const asked: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (callback) => {
    asked.push(callback);
    return 0;
  };
  try {
    setUp();
  } finally {
    window.requestAnimationFrame = request;
  }
  for (const callback of asked) request.call(window, (time) => runOnce(callback, time));
}

function runOnce(callback: FrameRequestCallback, time: DOMHighResTimeStamp): void {
  const request = window.requestAnimationFrame;
  window.requestAnimationFrame = (next) => (next === callback ? 0 : request.call(window, next));
  try {
    callback(time);
  } finally {
    window.requestAnimationFrame = request;
  }
}
