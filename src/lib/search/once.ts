/**
 * Promises made once per key, for files fetched once and work done once: a promise that
 * rejects is forgotten, so the next call for its key tries again rather than keep the failure.
 */
export class Once<K, T> {
  readonly #made = new Map<K, Promise<T>>();

  /** The promise for `key`, made by `make` the first time (or after a failure). */
  get(key: K, make: () => Promise<T>): Promise<T> {
    let made = this.#made.get(key);
    if (!made) {
      made = make();
      this.#made.set(key, made);
      made.catch(() => this.#made.delete(key));
    }
    return made;
  }
}
