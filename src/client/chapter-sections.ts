import {drawAllWhenIdle, drawAround, jumpTo, keepPlace} from '../lib/chapter-sections';
import {hashId} from '../lib/hash-id';

// See src/lib/chapter-sections.ts. Docusaurus scrolls to a link's #target in a layout effect just
// before `onRouteDidUpdate`; scrolling again once the target's parts are drawn is done before the
// browser paints, so the reader sees one jump, to the right place.

/** What a hash points at: a heading, or the example a link with code opens (a mangled hash: nothing). */
const targetOf = (hash: string) => {
  const id = hashId(hash);
  return id ? document.getElementById(id) : null;
};

let stopDrawing = () => {};
let stopKeeping = () => {};

/** What a newly shown chapter needs: its place kept, and its parts drawn when the browser is idle. */
function startPage() {
  stopKeeping();
  stopDrawing();
  stopKeeping = keepPlace();
  stopDrawing = drawAllWhenIdle();
}

if (typeof window !== 'undefined') {
  // Opened at a #target: its parts are drawn before the page has loaded, and once it has, the
  // jump is made again (the browser's own can end a few pixels off) unless the reader has moved.
  let moved = false;
  const reader = ['wheel', 'touchstart', 'keydown', 'pointerdown'];
  const onMove = () => (moved = true);
  for (const type of reader) window.addEventListener(type, onMove, {once: true, passive: true});
  drawAround(targetOf(window.location.hash));
  stopKeeping = keepPlace();
  const loaded = () => {
    for (const type of reader) window.removeEventListener(type, onMove);
    if (!moved && window.location.hash) jumpTo(targetOf(window.location.hash));
    stopDrawing = drawAllWhenIdle();
  };
  if (document.readyState === 'complete') loaded();
  else window.addEventListener('load', loaded, {once: true});
  // A jump the browser makes on its own (a typed #hash, back and forward between anchors).
  window.addEventListener('hashchange', () => jumpTo(targetOf(window.location.hash)));
}

export function onRouteDidUpdate({location, previousLocation}: {location: Location; previousLocation: Location | null}): void {
  if (!previousLocation) return; // the first page: set up above, while it loads
  if (location.pathname !== previousLocation.pathname) startPage();
  if (location.hash && location.hash !== previousLocation.hash) jumpTo(targetOf(location.hash));
}
