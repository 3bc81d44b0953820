import type {Span} from '@site/sandbox/contract/report';

/**
 * Puts a lane's spans on as few rows as possible with no two overlapping in a row (greedy,
 * by start time). A worker's CPU spans never overlap, but its I/O waits can: a worker that
 * waits for A and B at once shows both waits, stacked.
 */
export function stackRows(spans: readonly Span[]): {span: Span; row: number}[] {
  const rowEnds: number[] = [];
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((span) => {
      let row = rowEnds.findIndex((end) => end <= span.start + 1e-6);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = span.end;
      return {span, row};
    });
}
