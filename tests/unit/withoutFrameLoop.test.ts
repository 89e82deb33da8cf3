import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withoutFrameLoop } from '../../src/scrolly/withoutFrameLoop';

// The browser's frames, by hand: a request queues its callback, and frame() runs what is queued, as one frame does.
let queued: FrameRequestCallback[] = [];
const browserRequest = (callback: FrameRequestCallback) => queued.push(callback);
function frame() {
  const due = queued;
  queued = [];
  for (const callback of due) callback(0);
}

beforeEach(() => {
  queued = [];
  vi.stubGlobal('window', { requestAnimationFrame: browserRequest });
});

describe('withoutFrameLoop', () => {
  it('lets a loop started during the set-up run once, then asks for no more frames', () => {
    let runs = 0;
    const loop = () => {
      runs++;
      window.requestAnimationFrame(loop);
    };
    withoutFrameLoop(() => window.requestAnimationFrame(loop));
    for (let i = 0; i < 5; i++) frame();
    expect(runs).toBe(1);
    expect(queued).toHaveLength(0);
  });

  it('passes on every other request of the set-up, and the requests those make', () => {
    const ran: string[] = [];
    const later = () => void ran.push('later');
    const once = () => {
      ran.push('once');
      window.requestAnimationFrame(later);
    };
    withoutFrameLoop(() => {
      window.requestAnimationFrame(once);
      window.requestAnimationFrame(() => void ran.push('second'));
    });
    frame();
    frame();
    expect(ran).toEqual(['once', 'second', 'later']);
  });

  it('gives the browser its own requestAnimationFrame back, so loops started later are left alone', () => {
    withoutFrameLoop(() => {});
    expect(window.requestAnimationFrame).toBe(browserRequest);
    let runs = 0;
    const loop = () => {
      runs++;
      window.requestAnimationFrame(loop);
    };
    window.requestAnimationFrame(loop);
    for (let i = 0; i < 3; i++) frame();
    expect(runs).toBe(3);
  });

  it('when the set-up throws, still gives requestAnimationFrame back and passes on what was asked', () => {
    let ran = false;
    expect(() =>
      withoutFrameLoop(() => {
        window.requestAnimationFrame(() => void (ran = true));
        throw new Error('set-up failed');
      }),
    ).toThrow('set-up failed');
    expect(window.requestAnimationFrame).toBe(browserRequest);
    frame();
    expect(ran).toBe(true);
  });
});
