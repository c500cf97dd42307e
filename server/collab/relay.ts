/**
 * Carries committed updates between server instances that hold the same plan. One
 * instance today (in-process); Redis pub/sub when Planwright runs behind a load balancer.
 * Only updates already stored by the publishing instance are published.
 */
export interface RelayMessage {
  /** Which instance published it, so an instance ignores its own messages. */
  source: string;
  update: Uint8Array;
}

export interface Relay {
  publish(planId: string, message: RelayMessage): void;
  /** Returns the function that unsubscribes. */
  subscribe(planId: string, listener: (message: RelayMessage) => void): () => void;
}

export class InProcessRelay implements Relay {
  private readonly listeners = new Map<string, Set<(message: RelayMessage) => void>>();

  publish(planId: string, message: RelayMessage): void {
    const set = this.listeners.get(planId);
    if (!set) return;
    for (const listener of set) listener(message);
  }

  subscribe(planId: string, listener: (message: RelayMessage) => void): () => void {
    let set = this.listeners.get(planId);
    if (!set) {
      set = new Set();
      this.listeners.set(planId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(planId);
    };
  }
}
