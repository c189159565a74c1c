/**
 * Run a search as a person types. A single key pressed after a pause runs it at once; so does a
 * change that is not one key (a paste, an autocompleted or inserted query, a cleared field), so
 * a new query never waits. Only while single keys come faster than `delay` apart does it wait
 * until they stop, so a fast typist does not fetch shards for every intermediate prefix;
 * `typing` is told of each of those keys (to fetch what the final query will surely need).
 * `input` takes the field's value after each change.
 */
export function asTyped(
  run: () => void,
  delay: number,
  typing: (value: string) => void = () => undefined,
): { readonly input: (value: string) => void; readonly cancel: () => void } {
  let last = -Infinity;
  let previous = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    input: (value) => {
      clearTimeout(timer);
      const key = value.trim() !== '' && Math.abs(value.length - previous.length) === 1;
      previous = value;
      const now = performance.now();
      const idle = now - last >= delay;
      last = key ? now : -Infinity;
      if (idle || !key) {
        run();
      } else {
        typing(value);
        timer = setTimeout(run, delay);
      }
    },
    cancel: () => clearTimeout(timer),
  };
}
