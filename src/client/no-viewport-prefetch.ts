/**
 * Docusaurus prefetches the route of every internal link that scrolls into view, from one
 * IntersectionObserver callback per link. On /thread (mobile, CPU ×4, as Lighthouse measures)
 * those callbacks took 332 ms of main-thread time in 15 calls, the longest 71 ms, during load;
 * a plain doc page has a handful of links and pays little. Routes still load ahead on hover and
 * touch (`preload`), and the service worker precaches every chunk after the first visit.
 *
 * `window.docusaurus` is a frozen object assigned once by the client entry, which runs after
 * the client modules: this module hands the entry a setter, and the page gets the same object
 * with prefetch turned off.
 */
if (typeof window !== 'undefined') {
  type Docusaurus = {prefetch: (path: string) => false | Promise<void[]>; preload: (path: string) => false | Promise<void[]>};
  let current: Docusaurus | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set(value: Docusaurus) {
      current = {preload: value.preload, prefetch: () => false};
    },
  });
}

export {};
