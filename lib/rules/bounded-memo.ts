/**
 * A cache for a pure function's results, keyed by a string built from its arguments. It forgets
 * everything once `limit` entries are held, so memory stays bounded however long the worker runs.
 * Only for values that are immutable (numbers, strings): a cached value is handed out again as is.
 */
export function boundedMemo<V>(limit: number): (key: string, compute: () => V) => V {
  const cache = new Map<string, V>();
  return (key, compute) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const value = compute();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
