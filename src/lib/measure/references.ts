/**
 * Published figures drawn as reference lines next to what the reader measures. Each one is
 * quoted from its source; see the sources on the measure page.
 */

export interface Reference {
  id: string;
  /** Lowest and highest figure quoted, ns per switch. */
  lowNs: number;
  highNs: number;
  source: string;
  url: string;
}

export const SWITCH_REFERENCES: Reference[] = [
  {
    // Bendersky: "between 1.2 and 1.5 microseconds per context switch" pinned, "~2.2
    // microseconds" unpinned; Blandy: "1.7µs between kernel threads".
    id: 'kernel-thread',
    lowNs: 1200,
    highNs: 2200,
    source: 'Bendersky 2018; Blandy',
    url: 'https://eli.thegreenplace.net/2018/measuring-context-switching-and-memory-overheads-for-linux-threads/',
  },
  {
    // Bendersky: "~170 ns switching between goroutines"; Blandy: "around 0.2µs between async tasks".
    id: 'user-task',
    lowNs: 170,
    highNs: 200,
    source: 'Bendersky 2018; Blandy',
    url: 'https://github.com/jimblandy/context-switch',
  },
];
