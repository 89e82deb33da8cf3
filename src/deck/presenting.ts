/**
 * Small browser helpers for presenting: full screen, keeping the screen awake, hiding an idle
 * cursor, and swipes on touch screens. Each does nothing where the browser lacks the feature.
 */

/** Enters or leaves full screen for the whole page. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * Keeps the screen from dimming while the deck is open (Screen Wake Lock). The browser drops the
 * lock whenever the page is hidden, so it is asked for again when the page is visible again.
 */
export function keepScreenAwake(): void {
  if (!('wakeLock' in navigator)) return;
  let lock: WakeLockSentinel | undefined;
  const request = async () => {
    if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
    try {
      lock = await navigator.wakeLock.request('screen');
    } catch {
      // Refused (battery saver, permissions policy, no user gesture yet): try again later.
    }
  };
  document.addEventListener('visibilitychange', request);
  // Some browsers grant the lock only after a user gesture.
  addEventListener('pointerdown', request);
  addEventListener('keydown', request);
  void request();
}

/**
 * Adds `is-idle` to <body> after `delay` ms without pointer movement (CSS hides the cursor and
 * controls). Tab wakes it too, before the browser picks where the focus goes: a hidden control
 * cannot take the focus, so a keyboard user would otherwise never reach the bar.
 */
export function hideIdlePointer(delay = 2500): void {
  const body = document.body;
  let timer = 0;
  const wake = () => {
    body.classList.remove('is-idle');
    clearTimeout(timer);
    timer = window.setTimeout(() => body.classList.add('is-idle'), delay);
  };
  addEventListener('pointermove', wake, { passive: true });
  addEventListener('pointerdown', wake, { passive: true });
  addEventListener('keydown', (event) => {
    if (event.key === 'Tab') wake();
  });
  wake();
}

/** Calls `onSwipe(1)` for a swipe to the left (next) and `onSwipe(-1)` to the right, on touch screens. */
export function listenForSwipes(target: HTMLElement, onSwipe: (direction: 1 | -1) => void): void {
  let startX = 0;
  let startY = 0;
  target.addEventListener(
    'touchstart',
    (e) => {
      const t = e.changedTouches[0];
      if (!t || e.touches.length > 1) return;
      startX = t.clientX;
      startY = t.clientY;
    },
    { passive: true },
  );
  target.addEventListener(
    'touchend',
    (e) => {
      const t = e.changedTouches[0];
      if (!t) return;
      const dx = t.clientX - startX;
      const dy = t.clientY - startY;
      // A deliberate horizontal stroke; vertical drags and taps are left alone.
      if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy) * 1.5) return;
      onSwipe(dx < 0 ? 1 : -1);
    },
    { passive: true },
  );
}
