// Shared by the command-line scripts: end the run cleanly on Ctrl-C, `kill` or a closed terminal.

/** The signals that end a run, with the exit status a shell reports for each (128 + its number). */
export const endingSignals: Readonly<Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number>> = Object.freeze({
  SIGINT: 130,
  SIGTERM: 143,
  SIGHUP: 129,
});

/**
 * On SIGINT, SIGTERM or SIGHUP, run `cleanUp` (at most once, awaited), then exit with 128 + the
 * signal's number. Listening defers the signal to the event loop, so a synchronous step under
 * way when it arrives (a temporary file written and renamed into place) always finishes first:
 * no half-written file is left. Returns a function that stops listening.
 */
export function exitOnSignals(cleanUp: (signal: NodeJS.Signals) => void | Promise<void> = () => undefined): () => void {
  let ending = false;
  const listeners = Object.entries(endingSignals).map(([signal, code]) => {
    const listener = (): void => {
      if (ending) return;
      ending = true;
      void Promise.resolve()
        .then(() => cleanUp(signal as NodeJS.Signals))
        .finally(() => process.exit(code));
    };
    process.on(signal, listener);
    return [signal, listener] as const;
  });
  return () => {
    for (const [signal, listener] of listeners) process.off(signal, listener);
  };
}
