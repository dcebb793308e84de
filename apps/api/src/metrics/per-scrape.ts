/**
 * prom-client collects every gauge of a scrape at once: gauges fed by the same query share one
 * answer for `windowMs`, so a scrape runs each query once, and a failing one empties its gauges
 * instead of failing the whole scrape.
 */
export function perScrape<T>(load: () => Promise<T>, windowMs = 1_000): () => Promise<T | undefined> {
  let last: { at: number; value: Promise<T | undefined> } | undefined;
  return () => {
    const now = Date.now();
    if (!last || now - last.at > windowMs) last = { at: now, value: load().catch(() => undefined) };
    return last.value;
  };
}
