import {useEffect, useState} from 'react';

/** What a reader's run of one example showed, read back from that example's output. */
export interface ExampleRunState {
  /** Runs that have ended since this page was opened. */
  runs: number;
  /** The status of the latest run ("running", "done", "failed", ...), or null before any. */
  status: string | null;
  /** The lines the latest ended run printed. */
  lines: string[];
}

const FINISHED = new Set(['done', 'failed', 'stopped', 'timeout']);

/**
 * Watches the example with this id (its `data-status` and its printed lines, as the Example
 * component renders them) and reports each run that ends. Nothing is stored or sent.
 */
export function useExampleRun(exampleId: string): ExampleRunState {
  const [state, setState] = useState<ExampleRunState>({runs: 0, status: null, lines: []});
  useEffect(() => {
    const root = document.querySelector(`[data-example="${CSS.escape(exampleId)}"]`);
    if (!root) return undefined;
    const readStatus = () => root.querySelector('[data-status]')?.getAttribute('data-status') ?? null;
    let last = readStatus();
    const observer = new MutationObserver(() => {
      const status = readStatus();
      if (status === last) return;
      last = status;
      if (status && FINISHED.has(status)) {
        const lines = [...root.querySelectorAll('[role="log"] [data-level] > span:last-child')].map(
          (el) => el.textContent ?? '',
        );
        setState((prev) => ({runs: prev.runs + 1, status, lines}));
      } else {
        setState((prev) => ({...prev, status}));
      }
    });
    observer.observe(root, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-status']});
    return () => observer.disconnect();
  }, [exampleId]);
  return state;
}
