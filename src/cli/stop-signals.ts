export interface StopSignals {
  /** the first SIGINT/SIGTERM received, or null */
  received(): NodeJS.Signals | null;
  /** resolves with the first signal */
  next: Promise<NodeJS.Signals>;
  dispose(): void;
}

/**
 * Listens for Ctrl-C and SIGTERM from the moment it is called. Register it before printing anything a
 * caller may react to: a signal that arrives before a listener exists kills Node with its default
 * handler. The listeners stay for the whole shutdown, so a second Ctrl-C cannot cut it short.
 */
export function listenForStop(onFirst: (signal: NodeJS.Signals) => void): StopSignals {
  let first: NodeJS.Signals | null = null;
  let resolve!: (s: NodeJS.Signals) => void;
  const next = new Promise<NodeJS.Signals>((r) => (resolve = r));
  const handler = (signal: NodeJS.Signals) => {
    if (first) return;
    first = signal;
    onFirst(signal);
    resolve(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    received: () => first,
    next,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
