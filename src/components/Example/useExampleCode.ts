import {useCallback, useEffect, useRef, useState} from 'react';
import {browserEdits, hashCode} from '@site/src/lib/saved-edits';
import {parseHash} from '@site/src/lib/share-link';

export type Notice =
  | {kind: 'from-link'}
  | {kind: 'mangled-link'}
  | {kind: 'restored-edit'; originalChanged: boolean; oldOriginal?: string}
  | {kind: 'not-saved'}
  | {kind: 'reset'; previous: string};

const SAVE_DELAY_MS = 300;

/**
 * The code an example shows: the original, the reader's saved edit, or code from a link
 * (shown, never run by itself). Edits are saved per example; Reset can be undone.
 */
export function useExampleCode(id: string, original: string) {
  const [code, setCodeState] = useState(original);
  const [notice, setNotice] = useState<Notice | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const base = hashCode(original);

  const applyHash = useCallback(
    (scroll: boolean) => {
      const link = parseHash(window.location.hash);
      if (link.kind === 'none' || link.kind === 'anchor' || link.id !== id) return false;
      if (link.kind === 'code') {
        setCodeState(link.code);
        setNotice({kind: 'from-link'});
      } else {
        setCodeState(original);
        setNotice({kind: 'mangled-link'});
      }
      if (scroll) requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({block: 'start'}));
      return true;
    },
    [id, original],
  );

  useEffect(() => {
    if (applyHash(true)) return;
    const saved = browserEdits.load(id);
    if (saved && saved.code !== original) {
      setCodeState(saved.code);
      const originalChanged = saved.base !== base;
      setNotice({kind: 'restored-edit', originalChanged, oldOriginal: originalChanged ? saved.baseCode : undefined});
    }
  }, [applyHash, base, id, original]);

  useEffect(() => {
    const onHash = () => applyHash(true);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [applyHash]);

  useEffect(() => () => clearTimeout(saveTimer.current), []);

  /** The reader typed: keep it, and save it shortly after. */
  const edit = useCallback(
    (next: string) => {
      setCodeState(next);
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        const ok = next === original ? browserEdits.remove(id) : browserEdits.save(id, {code: next, base, baseCode: original, savedAt: Date.now()});
        setNotice((n) => (ok ? (n?.kind === 'not-saved' ? null : n) : {kind: 'not-saved'}));
      }, SAVE_DELAY_MS);
    },
    [base, id, original],
  );

  const reset = useCallback(() => {
    clearTimeout(saveTimer.current);
    if (code !== original) setNotice({kind: 'reset', previous: code});
    setCodeState(original);
    browserEdits.remove(id);
  }, [code, id, original]);

  const undoReset = useCallback(() => {
    if (notice?.kind !== 'reset') return;
    edit(notice.previous);
    setNotice(null);
  }, [edit, notice]);

  return {code, edited: code !== original, notice, dismissNotice: () => setNotice(null), edit, reset, undoReset};
}
