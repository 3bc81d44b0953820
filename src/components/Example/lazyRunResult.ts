import {lazy} from 'react';

// Output and timeline show only after a run: a reader who only reads never downloads them.
// Loading starts on the same signs of intent as the runtime (pointer over the example, focus).
let loading: Promise<typeof import('./RunResult')> | null = null;

export function loadRunResult(): Promise<typeof import('./RunResult')> {
  loading ??= import('./RunResult');
  return loading;
}

export const RunResult = lazy(loadRunResult);
