import {useCallback, useEffect, useRef, useState, type RefObject} from 'react';

/** Events that show the reader has started to move through the page. */
const MOVES = ['scroll', 'pointerdown', 'keydown', 'touchstart'] as const;

export interface NearOptions {
  /** How far outside the viewport counts as near, as an IntersectionObserver rootMargin. */
  margin: string;
  /** Only count "near but not in view" once the reader starts to move (scroll, tap, key): a
   * sliver peeking in at the bottom of the first screen then does not count. */
  afterMove?: boolean;
  /** With afterMove: the share of the element in view that counts at once, before any move. */
  visibleShare?: number;
}

/**
 * Whether the element has come near the viewport yet (once true, it stays true): for parts of a
 * page that load something large only when a reader gets to them. Without IntersectionObserver,
 * everything is near.
 */
export function useNearViewport<T extends Element>({margin, afterMove = false, visibleShare = 0.25}: NearOptions): [RefObject<T | null>, boolean, () => void] {
  const box = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (near) return undefined;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observers: IntersectionObserver[] = [];
    const watch = (options: IntersectionObserverInit, counts: (e: IntersectionObserverEntry) => boolean) => {
      const observer = new IntersectionObserver((entries) => entries.some(counts) && setNear(true), options);
      observer.observe(el);
      observers.push(observer);
    };
    const ahead = () => watch({rootMargin: margin}, (e) => e.isIntersecting);
    if (!afterMove) ahead();
    else watch({threshold: visibleShare}, (e) => e.intersectionRatio >= visibleShare);
    let moved = false;
    const onMove = () => {
      if (moved) return;
      moved = true;
      ahead();
    };
    if (afterMove) for (const type of MOVES) window.addEventListener(type, onMove, {passive: true});
    return () => {
      for (const o of observers) o.disconnect();
      if (afterMove) for (const type of MOVES) window.removeEventListener(type, onMove);
    };
  }, [near, margin, afterMove, visibleShare]);
  const markNear = useCallback(() => setNear(true), []);
  return [box, near, markNear];
}
