/** Copying vs transferring vs sharing a buffer with a bench worker. */
import {transfer} from 'comlink';
import {createBenchWorker, pause, type Stopper} from './client';
import {median, summarize, type Summary} from './stats';

export type BufferMode = 'empty' | 'copy' | 'transfer' | 'share';
export const BUFFER_MODES: BufferMode[] = ['empty', 'copy', 'transfer', 'share'];

export interface BufferRow {
  mode: BufferMode;
  bytes: number;
  /** Round trip: the page sends, the worker touches the data and answers. */
  roundTrip: Summary;
  /** What the payload adds: this median minus the empty message's median (may be ≈ 0 or below). */
  extraMs: number;
}

/** The rows, in BUFFER_MODES order, from each mode's round trips (ms); `times` must hold 'empty'. */
export function bufferRows(times: Map<BufferMode, number[]>, bytes: number): BufferRow[] {
  const base = median(times.get('empty')!);
  return BUFFER_MODES.filter((m) => times.has(m)).map((mode) => {
    const t = times.get(mode)!;
    return {mode, bytes: mode === 'empty' ? 0 : bytes, roundTrip: summarize(t), extraMs: median(t) - base};
  });
}

/**
 * Sends a buffer of `bytes` to a worker, which touches its first and last byte and answers:
 * copied (structured clone), transferred (and given back in the answer), or shared
 * (SharedArrayBuffer, needs cross-origin isolation). An empty message is the baseline. The
 * modes take turns within each round, so slow drift on a busy machine hits all of them alike.
 */
export async function measureBuffers(opts: {bytes: number; samples: number; isolated: boolean; stopper: Stopper}): Promise<BufferRow[]> {
  const {bytes, samples, stopper} = opts;
  const w = stopper.track(createBenchWorker('buffers'));
  try {
    await w.ready;
    const copied = new ArrayBuffer(bytes);
    new Uint8Array(copied).fill(7);
    let moving = new ArrayBuffer(bytes);
    new Uint8Array(moving).fill(7);
    const shared = opts.isolated && typeof SharedArrayBuffer !== 'undefined' ? new SharedArrayBuffer(bytes) : null;
    if (shared) new Uint8Array(shared).fill(7);
    const send: [BufferMode, () => Promise<unknown>][] = [
      ['empty', () => w.call((api) => api.receive(null))],
      [
        'transfer',
        async () => {
          moving = await w.call((api) => api.giveBack(transfer(moving, [moving])));
        },
      ],
    ];
    if (shared) send.push(['share', () => w.call((api) => api.receive(shared))]);
    // Each copy leaves a large garbage buffer behind in the worker: copy last in each round,
    // then pause, so the garbage collector's work lands between timings rather than in them.
    send.push(['copy', () => w.call((api) => api.receive(copied))]);
    const times = new Map<BufferMode, number[]>(send.map(([m]) => [m, []]));
    for (let round = 0; round <= samples; round++) {
      for (const [mode, go] of send) {
        stopper.check();
        const t0 = performance.now();
        await go();
        if (round > 0) times.get(mode)!.push(performance.now() - t0); // round 0 warms up
      }
      await pause(40);
    }
    return bufferRows(times, bytes);
  } finally {
    stopper.release(w);
  }
}
