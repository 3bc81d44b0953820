import React, {useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import IslandButtons from './IslandButtons';

/** Given to React while hydrating: it keeps the server's children of such an element as they are. */
const KEEP_SERVER_HTML = {__html: ''};

/** The same code, as far as the text of its HTML tells (its lines end in <br>, not newlines). */
const sameCode = (drawn: string, code: string) => drawn.replace(/\s+/g, '') === code.replace(/\s+/g, '');

/**
 * A code block exactly as the server drew it (highlighted HTML), kept as it is: the client
 * neither renders nor re-tokenizes it, so hydrating a page costs the same however much code it
 * shows. Only its two small buttons are React's, added once the reader comes to the block
 * (`awake`, or else a pointer or focus on it): they are invisible until hovered or focused, and
 * checking whether the code needs a word-wrap button reads the layout, which would lengthen the
 * page's start. `onMissing`: the element has no server HTML of this code (a page drawn on the client).
 */
export default function ServerHtml({
  code,
  language,
  className,
  awake,
  onMissing,
}: {
  code: string;
  language?: string;
  className?: string;
  awake?: boolean;
  onMissing: () => void;
}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [pre, setPre] = useState<HTMLPreElement | null>(null);
  const [approached, setApproached] = useState(false);
  useLayoutEffect(() => {
    const found = box.current?.querySelector('pre');
    // The server may have drawn other code (a page opened with a reader's code in its link).
    if (found?.parentElement && sameCode(found.textContent ?? '', code)) setPre(found);
    else onMissing();
  }, [onMissing, code]);
  const wake = awake === undefined ? () => setApproached(true) : undefined;
  return (
    <>
      <div
        ref={box}
        className={className}
        onPointerEnter={wake}
        onFocus={wake}
        dangerouslySetInnerHTML={KEEP_SERVER_HTML}
        suppressHydrationWarning
      />
      {pre && (awake ?? approached) ? <IslandButtons code={code} language={language} pre={pre} /> : null}
    </>
  );
}
