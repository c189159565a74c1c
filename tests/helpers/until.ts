/** Resolves true as soon as `condition()` holds (checked every `everyMs`, 20 ms by default), or with its last answer after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return condition();
}
