/**
 * Keeps the audience window and the speaker view on the same slide through BroadcastChannel:
 * same browser, no server, no network. Either window may drive; a window that opens asks the
 * others where they are. If the other window closes, messages simply go nowhere.
 *
 * An audience window follows speaker views only. A second deck opened to look something up (another
 * language, a rehearsal tab left open) neither moves the room's screen nor is moved by it; a speaker
 * view hears every window, so two of them stay together.
 */

export type DeckRole = 'audience' | 'speaker';

interface DeckMessage {
  type: 'hello' | 'state';
  sender: string;
  role: DeckRole;
  index?: number;
  blackout?: boolean;
}

/** One channel per site (base path), shared by every language, so a vi speaker view can drive an en deck. */
function channelName(): string {
  return `deck:${import.meta.env.BASE_URL}`;
}

/**
 * Joins the deck channel. `onState` receives the other window's slide and blackout; `getState`
 * answers a newly opened window.
 */
export function connectDeckSync(
  role: DeckRole,
  getState: () => { index: number; blackout: boolean },
  onState: (index: number, blackout: boolean) => void,
) {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const sender = Math.random().toString(36).slice(2);
  const channel = new BroadcastChannel(channelName());
  const send = (message: Omit<DeckMessage, 'sender' | 'role'>) => channel.postMessage({ ...message, sender, role });

  channel.addEventListener('message', (e: MessageEvent<DeckMessage>) => {
    const m = e.data;
    if (!m || m.sender === sender || (role === 'audience' && m.role === 'audience')) return;
    if (m.type === 'hello') send({ type: 'state', ...getState() });
    else if (m.type === 'state' && typeof m.index === 'number') onState(m.index, Boolean(m.blackout));
  });
  send({ type: 'hello' });

  return {
    /** Tells the other windows this window's slide and blackout. */
    post(index: number, blackout: boolean) {
      send({ type: 'state', index, blackout });
    },
    close: () => channel.close(),
  };
}
