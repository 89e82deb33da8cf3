import { beforeAll, describe, expect, it, vi } from 'vitest';

// enhance.ts runs in the browser; a loaded, visible page is enough of one for its ordering contract.
const documentElement = { dataset: {} as Record<string, string> };
beforeAll(() => {
  vi.stubGlobal('document', { readyState: 'complete', visibilityState: 'visible', documentElement });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  vi.stubGlobal('addEventListener', () => {});
});

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('enhance', () => {
  it('starts modules in the order they were queued, whatever order they load in, then marks the page', async () => {
    const { enhance } = await import('../../src/client/enhance');
    const started: string[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    enhance(
      () => after(40, 'charts'),
      (m) => void started.push(m),
    );
    enhance(
      () => after(0, 'broken'),
      () => {
        throw new Error('a module that fails to start');
      },
    );
    enhance(
      () => after(5, 'driver'),
      (m) => void started.push(m),
    );
    expect(documentElement.dataset.enhanced).toBeUndefined();
    await vi.waitFor(() => expect(documentElement.dataset.enhanced).toBe(''), { timeout: 1000 });
    // A failing start is reported and does not hold up the ones after it.
    expect(started).toEqual(['charts', 'driver']);
    expect(errors).toHaveBeenCalledTimes(1);
  });
});
