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

/** About how wide a chart label is at 12 px: CJK characters are about twice as wide as Latin ones. */
export function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12.5 : 6.8;
  return w;
}

/** A left margin that fits the longest label, within a share of the chart's width. */
export function labelMargin(labels: string[], width: number, share = 0.45): number {
  return Math.round(Math.min(width * share, Math.max(80, ...labels.map(labelWidth)) + 14));
}
