/**
 * The value `load()` promises, loaded once per key of `cache` and shared by everyone who asks meanwhile
 * and afterwards. A load that fails is dropped, so the next ask tries again.
 */
export function loadOnce<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  const known = cache.get(key);
  if (known) return known;
  const pending = load();
  cache.set(key, pending);
  pending.catch(() => {
    if (cache.get(key) === pending) cache.delete(key);
  });
  return pending;
}
