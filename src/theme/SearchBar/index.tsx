import React, {lazy, startTransition, Suspense, useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type OriginalSearchBar from '@theme-original/SearchBar';

// The local search (lunr, its language packs, its worker and the autocomplete box) is a good
// part of a page's JavaScript; a reader who never searches should not download it. The box is
// drawn at once and the search loads on the first sign of intent: pointer, focus, touch or Ctrl/⌘+K.
const Search = lazy(() => import('@theme-original/SearchBar'));

type Props = ComponentProps<typeof OriginalSearchBar>;

/**
 * Once the real search bar is in, it takes over whatever was typed so far, and the focus if the
 * plain box still had it (a reader who tabbed past it keeps their place).
 */
function Handover({typed, focused}: {typed: string; focused: {current: boolean}}): null {
  useEffect(() => {
    const input = document.querySelector<HTMLInputElement>('.navbar__search input.navbar__search-input');
    if (!input) return;
    const lostFocus = document.activeElement === null || document.activeElement === document.body;
    if (focused.current && lostFocus) input.focus();
    if (typed) {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, typed);
      input.dispatchEvent(new Event('input', {bubbles: true}));
    }
  }, [typed, focused]);
  return null;
}

export default function SearchBar(props: Props): ReactNode {
  const [wanted, setWanted] = useState(false);
  const [typed, setTyped] = useState('');
  const focused = useRef(false);

  // In a transition, React keeps showing (and focusing) the plain box until the search has loaded.
  const want = () => startTransition(() => setWanted(true));

  useEffect(() => {
    if (wanted) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        focused.current = true;
        want();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [wanted]);

  const label = translate({id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button'});
  const box = (
    <div className="navbar__search">
      <input
        className="navbar__search-input"
        placeholder={label}
        aria-label={label}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onPointerEnter={want}
        onTouchStart={want}
        onFocus={() => {
          focused.current = true;
          want();
        }}
        // Focus moving to another element means the reader went on; a blur with nowhere to go
        // is this box being replaced by the real one.
        onBlur={(e) => {
          if (e.relatedTarget) focused.current = false;
        }}
      />
    </div>
  );
  return (
    <Suspense fallback={box}>
      {wanted ? (
        <>
          <Search {...props} />
          <Handover typed={typed} focused={focused} />
        </>
      ) : (
        box
      )}
    </Suspense>
  );
}
