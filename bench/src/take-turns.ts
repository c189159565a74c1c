/** What one contender's runs gave: every run's value, and the error that stopped it, if any. */
export interface TurnOutcome<T> {
  readonly values: T[];
  readonly error: string | null;
}

/**
 * Run each contender `runs` times, the contenders taking turns within each run and their order
 * alternating from run to run, so that whatever else the machine is doing (a busy neighbour, a
 * file system still freeing what was deleted) weighs on all of them alike and their ratios
 * compare like with like. A contender that fails is left out of the later runs; the others go on.
 */
export async function takeTurns<T>(runs: number, contenders: readonly (() => Promise<T>)[]): Promise<TurnOutcome<T>[]> {
  const outcomes = contenders.map(() => ({ values: [] as T[], error: null as string | null }));
  for (let run = 0; run < runs; run += 1) {
    const order = contenders.map((_, i) => i);
    if (run % 2 === 1) order.reverse();
    for (const i of order) {
      const outcome = outcomes[i];
      const contender = contenders[i];
      if (outcome === undefined || contender === undefined || outcome.error !== null) continue;
      try {
        outcome.values.push(await contender());
      } catch (error) {
        outcome.error = error instanceof Error ? error.message : String(error);
      }
    }
  }
  return outcomes;
}
