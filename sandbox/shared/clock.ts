/**
 * Absolute time in ms on a clock every worker and the page share: `timeOrigin` differs per
 * context, `timeOrigin + now()` does not.
 */
export function absoluteNow(): number {
  return performance.timeOrigin + performance.now();
}
