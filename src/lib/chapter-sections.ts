/**
 * A chapter's `##` parts skip style and layout while far from the viewport (custom.css,
 * src/plugins/rehype-sections.ts); until one has been drawn, its height is an estimate. What
 * keeps the reader's place when an estimate is corrected:
 * - a part above the reader that changes height scrolls the page by as much (`keepPlace`). The
 *   browser's own scroll anchoring does not do it on Docusaurus pages (measured in Chromium on a
 *   plain Docusaurus page too: 300 px added above the reader moved the text 300 px), and Safari
 *   has none;
 * - before a jump to an element, the part it is in and the one above it are drawn, so the jump
 *   lands exactly (`jumpTo`);
 * - once the browser is idle after load, the parts are drawn one by one (`drawAllWhenIdle`).
 */
const PART = '.markdown > .lab-section';

/** Draws `part` from now on, wherever it is (custom.css: `[data-drawn]`). */
function draw(part: Element | null) {
  if (part?.matches(PART)) part.setAttribute('data-drawn', '');
}

/** Draws the part `target` is in and the part above it, so that a jump to it lands exactly. */
export function drawAround(target: Element | null): void {
  const part = target?.closest(PART);
  if (!part) return;
  draw(part);
  draw(part.previousElementSibling);
}

/** Scrolls to `target` as `scrollIntoView` does, once the parts around it are drawn. */
export function jumpTo(target: Element | null, options?: ScrollIntoViewOptions): void {
  drawAround(target);
  target?.scrollIntoView(options);
}

/** The line the reader reads from: just below the sticky navbar. */
function readingLine(): number {
  return document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
}

/**
 * When a part wholly above the reading line changes height (drawn for the first time, or an
 * example in it printed more), scrolls by the same amount, before the browser paints: the text
 * the reader is looking at stays where it is. Returns a stop.
 */
export function keepPlace(): () => void {
  if (typeof ResizeObserver !== 'function') return () => {};
  const heights = new WeakMap<Element, number>();
  const observer = new ResizeObserver((entries) => {
    const line = readingLine();
    let by = 0;
    // Entries come in the order the parts were observed, which is page order: a part's bottom
    // before the change is its bottom now, less its own change and the changes of the parts above.
    for (const entry of entries) {
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      const before = heights.get(entry.target);
      heights.set(entry.target, height);
      if (before === undefined) continue;
      const bottomBefore = entry.target.getBoundingClientRect().bottom - (height - before) - by;
      if (bottomBefore <= line) by += height - before;
    }
    if (Math.abs(by) >= 0.5) window.scrollBy(0, by);
  });
  for (const part of document.querySelectorAll(PART)) observer.observe(part);
  return () => observer.disconnect();
}

/**
 * Draws every part not drawn yet, one per idle moment, top to bottom: a few seconds after load the
 * page is wholly real (search in page, a dragged scrollbar, a script's scroll all land exactly),
 * and the work comes in slices instead of in the first layout. Returns a stop for the next page.
 */
export function drawAllWhenIdle(): () => void {
  if (typeof requestIdleCallback !== 'function') {
    for (const part of document.querySelectorAll(PART)) draw(part);
    return () => {};
  }
  let handle = 0;
  const step = () => {
    const next = document.querySelector(`${PART}:not([data-drawn])`);
    if (!next) return;
    draw(next);
    handle = requestIdleCallback(step, {timeout: 1000});
  };
  handle = requestIdleCallback(step, {timeout: 1000});
  return () => cancelIdleCallback(handle);
}
