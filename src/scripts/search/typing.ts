/**
 * Run a search as a person types: at once after a pause (so a single keystroke or a paste shows
 * results without delay), but while keys come faster than `delay` apart, only once they stop
 * (so a fast typist does not fetch shards for every intermediate prefix).
 */
export function asTyped(run: () => void, delay: number): { readonly input: () => void; readonly cancel: () => void } {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    input: () => {
      clearTimeout(timer);
      const now = performance.now();
      const idle = now - last >= delay;
      last = now;
      if (idle) run();
      else timer = setTimeout(run, delay);
    },
    cancel: () => clearTimeout(timer),
  };
}
