/**
 * Where the runner frame may live, best first. A second site gets a process of its own, so a
 * program that exhausts memory takes down only the runner; the page's own origin always works
 * (offline too, from the service worker's copy) but shares the page's process.
 *
 * `path` is the runner page's path on the site (e.g. `/runner`); `secondOrigin` the origin a
 * deployment serves the same files from (RUNNER_ORIGIN at build time), if any.
 */
export function runnerPlaces(path: string, here: {href: string; origin: string}, online: boolean, secondOrigin?: string): string[] {
  const own = new URL(path, here.href).href;
  const other = secondOrigin || localTwin(here.origin);
  if (!online || !other) return [own];
  const second = new URL(path, other.endsWith('/') ? other : `${other}/`).href;
  return second === own ? [own] : [second, own];
}

/** A page on `localhost` reaches the same server as `127.0.0.1`, a different site, and back. */
export function localTwin(origin: string): string | undefined {
  const url = new URL(origin);
  if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  else if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
  else return undefined;
  return url.origin;
}
