/**
 * Browser-only: runs a library's set-up without the animation-frame loop it would start there.
 *
 * ScrollTrigger, once registered, asks for an animation frame in every frame for the life of the page
 * (its source calls it a repaint workaround for Firefox). A story at rest then still has the browser
 * run a frame sixty times a second: measured on an idle chapter here, about 30 ms of main-thread work
 * each second, against 0.3 ms on the deck, which has no ScrollTrigger. On a phone that is a steady
 * drain while an investor reads. The driver needs nothing from that loop: ScrollTrigger updates from
 * its scroll listener, and its check of the scroll position every 250 ms asks for a frame of its own.
 *
 * So every frame requested during `setUp` is passed on, but each runs once with a guard: a callback
 * that asks for itself again while it runs is not asked for again. Any other request goes through.
 * A library that keeps the `requestAnimationFrame` it finds during `setUp` (GSAP's ticker, woken
 * then) would keep the stand-in and stop: see how scrollDriver.ts wakes the ticker first.
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
    for (const callback of asked) request.call(window, (time) => runOnce(callback, time));
  }
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
