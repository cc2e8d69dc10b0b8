// Medians and bootstrap 95% confidence intervals, for ratios between two sets of samples taken
// round robin in one run (tachometer's method, computed here).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A small seeded generator, so a run's intervals do not depend on Math.random. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resample(values, random) {
  const out = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[Math.floor(random() * values.length)];
  return out;
}

/**
 * The ratio of medians a/b, with a 95% interval from `iterations` bootstrap resamples of each
 * set independently (percentile method).
 */
export function ratio(a, b, {iterations = 2_000, seed = 1} = {}) {
  const random = rng(seed);
  const ratios = [];
  for (let i = 0; i < iterations; i++) ratios.push(median(resample(a, random)) / median(resample(b, random)));
  ratios.sort((x, y) => x - y);
  return {
    median: median(a) / median(b),
    low: ratios[Math.floor(0.025 * iterations)],
    high: ratios[Math.ceil(0.975 * iterations) - 1],
  };
}
