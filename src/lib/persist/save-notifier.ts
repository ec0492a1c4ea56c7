/**
 * Telling other tabs that a version was saved. IndexedDB has no change events, so each successful save is announced
 * on a BroadcastChannel; a tab that hears one can tell its user to reload instead of saving over it later.
 */

/** The part of BroadcastChannel this module uses, so tests and other hosts can pass their own. */
export interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** Makes a channel by name, as `new BroadcastChannel(name)` does. */
export type ChannelConstructor = new (name: string) => Channel;

/** What a save announces. */
export interface SaveAnnouncement {
  /** The version that was saved. */
  readonly version: number;
}

/** Reads an announcement from a message, or undefined when another sender used the channel for something else. */
function readAnnouncement(data: unknown): SaveAnnouncement | undefined {
  if (typeof data !== 'object' || data === null || !('version' in data)) return undefined;
  const { version } = data;
  return typeof version === 'number' && Number.isSafeInteger(version) && version > 0 ? { version } : undefined;
}

/** Announces saves on one channel and hears those of other tabs. A channel never hears its own messages. */
export class SaveNotifier {
  readonly #channel: Channel;
  readonly #listeners = new Set<(event: MessageEvent) => void>();

  constructor(name: string, Constructor: ChannelConstructor) {
    this.#channel = new Constructor(name);
  }

  /** Tells the other tabs that `version` was saved. */
  announce(version: number): void {
    const announcement: SaveAnnouncement = { version };
    this.#channel.postMessage(announcement);
  }

  /** Calls `callback` for each save another tab announces, until the returned function is called. */
  onExternalSave(callback: (announcement: SaveAnnouncement) => void): () => void {
    const listener = (event: MessageEvent): void => {
      const announcement = readAnnouncement(event.data);
      if (announcement !== undefined) callback(announcement);
    };
    this.#listeners.add(listener);
    this.#channel.addEventListener('message', listener);
    return () => {
      this.#listeners.delete(listener);
      this.#channel.removeEventListener('message', listener);
    };
  }

  /** Stops listening and closes the channel. */
  close(): void {
    for (const listener of this.#listeners) this.#channel.removeEventListener('message', listener);
    this.#listeners.clear();
    this.#channel.close();
  }
}
