/* eslint-disable no-restricted-globals */
/**
 * Runs inside the service worker that @docusaurus/plugin-pwa builds (its `swCustom` option),
 * before the plugin adds its own listeners. Plain JS: the plugin compiles this file with Babel
 * only, no TypeScript.
 *
 * It makes the one worker do two jobs, because two service workers cannot both own a scope:
 * - offline: answers from the plugin's precache (both its URL variants and `/page` →
 *   `/page.html`, which the plugin misses with `trailingSlash: false`), else from the network;
 * - cross-origin isolation: every same-origin response it gives gets COOP/COEP/CORP, so pages,
 *   workers and chunks are isolated (SharedArrayBuffer) even on a host that sends no headers;
 * - a page that is not there gets the 404 page of the worker's language.
 */
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Embed pages are framed by other sites, and the runner page by this site from a second
 * origin: an isolated host page admits them only with this. */
const EMBED_PATH = /^\/(en\/)?(embed\/|runner(\.html)?$)/;

/** The same response with the isolation headers (redirects and opaque responses pass as they are). */
function withIsolationHeaders(response, url) {
  if (!response || response.status === 0 || response.type === 'opaqueredirect') {
    return response;
  }
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) {
    headers.set(name, value);
  }
  if (EMBED_PATH.test(new URL(url).pathname)) {
    headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
  }
  return new Response(response.body, {status: response.status, statusText: response.statusText, headers});
}

/**
 * Asks the plugin's fetch listener whether it has `url` precached; returns the cached response
 * promise or null. The listener reads only `event.request.url` and answers through
 * `event.respondWith` synchronously (plugin-pwa 3.10 `sw.ts`), so a stand-in event is enough.
 */
function precached(pluginListener, url) {
  let answer = null;
  pluginListener({request: {url}, respondWith: (response) => (answer = response)});
  return answer;
}

function candidates(url) {
  const {pathname} = new URL(url);
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  // Docusaurus with trailingSlash: false writes /thread as thread.html.
  return last && !last.includes('.') ? [url, `${url.split(/[?#]/)[0]}.html`] : [url];
}

/**
 * A page the server says is not there, answered with this worker's own precached 404 page:
 * `/en/404.html` from the English worker (scope `/en/`), `/404.html` from the Chinese one. A host
 * with one 404 page for the whole site (GitHub Pages) would otherwise show the Chinese one under
 * `/en/`. The status stays 404.
 */
async function notFoundInOwnLanguage(pluginListener, answer) {
  const page = pluginListener ? await precached(pluginListener, new URL('404.html', self.registration.scope).href) : null;
  return page ? new Response(page.body, {status: 404, statusText: 'Not Found', headers: page.headers}) : answer;
}

export default function isolateAndServeOffline() {
  let pluginListener = null;
  const addEventListener = self.addEventListener.bind(self);
  // Capture the plugin's fetch listener (added right after this function returns) instead of
  // registering it: ours below answers every same-origin GET and uses the plugin's as a lookup.
  self.addEventListener = (type, listener, options) => {
    if (type === 'fetch' && !pluginListener) {
      pluginListener = listener;
      self.addEventListener = addEventListener;
      return;
    }
    addEventListener(type, listener, options);
  };

  addEventListener('fetch', (event) => {
    const {request} = event;
    if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
      return;
    }
    if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') {
      return;
    }
    let response = null;
    for (const url of pluginListener ? candidates(request.url) : []) {
      response = precached(pluginListener, url);
      if (response) break;
    }
    event.respondWith(
      Promise.resolve(response)
        .then((cached) => cached ?? fetch(request))
        .then((answer) => (request.mode === 'navigate' && answer.status === 404 ? notFoundInOwnLanguage(pluginListener, answer) : answer))
        .then((answer) => withIsolationHeaders(answer, request.url)),
    );
  });

  // Control the page that installed the worker at once: its later requests (the editor, the
  // runtime's chunks) then come from the cache, and a page on a host without headers can
  // reload into isolation without waiting for the next navigation.
  addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
}
