import {useEffect, type RefObject} from 'react';
import {HEIGHT_MESSAGE} from '@site/src/lib/embed-link';

/**
 * When the page is framed, posts the height of `ref`'s element (to its bottom edge) to the host
 * page whenever it changes, so a host script (`resizeScript`) can fit the frame to the example:
 * the output and timeline after Run are then not cut off or scrolled inside the frame. The
 * height is not secret, so any host may read it ('*').
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().bottom + window.scrollY);
      if (height === last) return;
      last = height;
      window.parent.postMessage({type: HEIGHT_MESSAGE, height}, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
