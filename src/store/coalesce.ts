/**
 * Lookups by key that arrive while one is in flight are answered together by
 * the next query, `WHERE key IN (…)`, so concurrent requests share a round
 * trip instead of queueing for the pool one by one. A lookup that finds
 * nothing in flight runs at once, alone: nothing waits for company.
 */
export type Loader<K, V> = (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>;

interface Waiting<V> {
  resolve(value: V | undefined): void;
  reject(error: unknown): void;
}

export class Coalescer<K, V> {
  private readonly waiting = new Map<K, Waiting<V>[]>();
  private inFlight = false;

  constructor(
    private readonly load: Loader<K, V>,
    private readonly maxKeys = 100,
  ) {}

  get(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(key);
      if (list) list.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      if (!this.inFlight) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.inFlight = true;
    try {
      while (this.waiting.size > 0) {
        const keys = [...this.waiting.keys()].slice(0, this.maxKeys);
        const batch = keys.map((k) => [k, this.waiting.get(k) as Waiting<V>[]] as const);
        for (const k of keys) this.waiting.delete(k);
        try {
          const found = await this.load(keys);
          for (const [k, list] of batch) for (const w of list) w.resolve(found.get(k));
        } catch (error) {
          for (const [, list] of batch) for (const w of list) w.reject(error);
        }
      }
    } finally {
      this.inFlight = false;
    }
  }
}

/** One coalescer per handle and purpose (a database, a loader). */
export function coalescerFor<H extends object, K, V>(
  cache: WeakMap<H, Coalescer<K, V>>,
  handle: H,
  load: (handle: H, keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
): Coalescer<K, V> {
  let c = cache.get(handle);
  if (!c) {
    c = new Coalescer((keys) => load(handle, keys));
    cache.set(handle, c);
  }
  return c;
}
