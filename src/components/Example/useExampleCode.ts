import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {browserEdits, editKey, hashCode, loadEdit} from '@site/src/lib/saved-edits';
import {linkFor} from '@site/src/lib/share-link';
import {jumpTo} from '@site/src/lib/chapter-sections';

export type Notice =
  | {kind: 'from-link'}
  | {kind: 'mangled-link'}
  | {kind: 'restored-edit'; originalChanged: boolean; oldOriginal?: string}
  | {kind: 'not-saved'}
  | {kind: 'reset'; previous: string};

const SAVE_DELAY_MS = 300;

/**
 * The code an example shows: the original, the reader's saved edit, or code from a link
 * (shown, never run by itself). Edits are saved per example and language; Reset can be undone.
 */
export function useExampleCode(id: string, original: string) {
  const {i18n} = useDocusaurusContext();
  const key = editKey(id, i18n.currentLocale, i18n.defaultLocale);
  const [code, setCodeState] = useState(original);
  const [notice, setNotice] = useState<Notice | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const base = useMemo(() => hashCode(original), [original]);

  const applyHash = useCallback(
    (scroll: boolean) => {
      // Only the example the link points at decodes it (once per page: see share-link.ts).
      const link = linkFor(window.location.hash, id);
      if (!link || link.kind === 'none' || link.kind === 'anchor') return false;
      if (link.kind === 'code') {
        setCodeState(link.code);
        setNotice({kind: 'from-link'});
      } else {
        setCodeState(original);
        setNotice({kind: 'mangled-link'});
      }
      if (scroll) requestAnimationFrame(() => jumpTo(document.getElementById(id), {block: 'start'}));
      return true;
    },
    [id, original],
  );

  useEffect(() => {
    if (applyHash(true)) return;
    const saved = loadEdit(browserEdits, id, i18n.currentLocale, i18n.defaultLocale, base);
    if (saved && saved.code !== original) {
      setCodeState(saved.code);
      const originalChanged = saved.base !== base;
      setNotice({kind: 'restored-edit', originalChanged, oldOriginal: originalChanged ? saved.baseCode : undefined});
    }
  }, [applyHash, base, id, original, i18n.currentLocale, i18n.defaultLocale]);

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
        const ok = next === original ? browserEdits.remove(key) : browserEdits.save(key, {code: next, base, baseCode: original, savedAt: Date.now()});
        setNotice((n) => (ok ? (n?.kind === 'not-saved' ? null : n) : {kind: 'not-saved'}));
      }, SAVE_DELAY_MS);
    },
    [base, key, original],
  );

  const reset = useCallback(() => {
    clearTimeout(saveTimer.current);
    if (code !== original) setNotice({kind: 'reset', previous: code});
    setCodeState(original);
    browserEdits.remove(key);
  }, [code, key, original]);

  const undoReset = useCallback(() => {
    if (notice?.kind !== 'reset') return;
    edit(notice.previous);
    setNotice(null);
  }, [edit, notice]);

  return {code, edited: code !== original, notice, dismissNotice: () => setNotice(null), edit, reset, undoReset};
}
