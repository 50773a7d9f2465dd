// Small helpers shared by the benchmarks: percentiles and the JSON-line output that
// scripts/bench.mjs collects into one table.
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const median = (values) => percentile(values, 50);

/** One figure: {bench, name, value or p50/p95, unit, target?, ok?, peer?, ratio?, note?}. */
export function report(row) {
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

export const round = (x, digits = 3) => Number(x.toFixed(digits));
