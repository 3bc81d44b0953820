/** Durations for people: ns, µs, ms or s with three significant digits. Framework-free. */
export function formatDuration(ns: number): string {
  if (!Number.isFinite(ns)) return '—';
  const a = Math.abs(ns);
  const three = (v: number) => (v >= 100 ? String(Math.round(v)) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  if (a < 1e3) return `${three(ns)} ns`;
  if (a < 1e6) return `${three(ns / 1e3)} µs`;
  if (a < 1e9) return `${three(ns / 1e6)} ms`;
  return `${three(ns / 1e9)} s`;
}

export const formatMs = (ms: number) => formatDuration(ms * 1e6);
