/** Round tick values (1, 2 or 5 × 10ⁿ ms apart) covering 0…max, about `target` of them. */
export function niceTicks(max: number, target = 6): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/**
 * A tick label with only the decimals the tick spacing needs: "0 ms", "200 ms", not "0.00 ms"
 * (which ran into "200 ms" next to it).
 */
export function formatTick(ms: number, step: number): string {
  if (ms >= 10_000) return formatMs(ms);
  const decimals = step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
  return `${ms.toFixed(decimals)} ms`;
}
