import React, {type ReactNode} from 'react';
import {toSearch, withLoad, defaultSettings, type Load} from './settings';
import {jumpTo} from '@site/src/lib/chapter-sections';

/** Fired after a link on the page changed the lab's settings in the URL. */
export const SETTINGS_EVENT = 'quadrant-lab:settings';

export interface QuadrantLinkProps {
  /** A number of core tokens, or 'max' for every core the reader's browser reports. */
  cores: number | 'max';
  load: Load;
  children: ReactNode;
}

/**
 * A link that sets the quadrant lab up for one case (`?cores=1&load=io#quadrant-lab`) and
 * scrolls to it. It stays on the page: the lab reads the new query string at once.
 */
export default function QuadrantLink({cores, load, children}: QuadrantLinkProps): ReactNode {
  const base = withLoad(defaultSettings(1), load);
  const search = toSearch({...base, cores: 1}).replace('cores=1', `cores=${cores}`);
  const href = `${search}#quadrant-lab`;
  return (
    <a
      href={href}
      data-quadrant-link={`${cores}-${load}`}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        window.history.pushState(window.history.state, '', `${window.location.pathname}${href}`);
        window.dispatchEvent(new Event(SETTINGS_EVENT));
        jumpTo(document.getElementById('quadrant-lab'), {behavior: 'smooth', block: 'start'});
      }}>
      {children}
    </a>
  );
}
