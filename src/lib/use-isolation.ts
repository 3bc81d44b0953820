import {useEffect, useState} from 'react';

/** Whether the page may use SharedArrayBuffer (cross-origin isolated); null until it has hydrated. */
export function useIsolation(): boolean | null {
  const [isolated, setIsolated] = useState<boolean | null>(null);
  useEffect(() => setIsolated(window.crossOriginIsolated === true), []);
  return isolated;
}
