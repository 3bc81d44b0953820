/**
 * Registers the offline service workers (built by @docusaurus/plugin-pwa, extended by
 * ./sw-isolation.js). Replaces the plugin's own `registerSw` (option `swRegister`) because:
 * - offline mode is always on: readers in a classroom open the site once on the school network
 *   and must be able to keep working when it drops, without installing anything first;
 * - one visit must make both languages work offline: each locale's build has its own worker
 *   (scope `/` and `/en/`), so the page registers both;
 * - on a host that sends no COOP/COEP headers, the page reloads once into isolation when the
 *   worker (which adds them) is ready;
 * - where registration is refused or blocked, nothing breaks and nothing is logged as an error
 *   (the plugin's module logs one, which tests that watch the console would take for a bug).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import i18n from '@generated/i18n';

/** The plugin's worker reads its options from its own URL (`?params=`) and fails to start without them. */
const SW_PARAMS = encodeURIComponent(JSON.stringify({offlineMode: true, debug: false}));
const RELOADED_KEY = 'lab.isolationReload';

function localeBaseUrls(): {current: string; others: string[]} {
  const bases = i18n.locales.map((locale) => i18n.localeConfigs[locale]!.baseUrl);
  const current = i18n.localeConfigs[i18n.currentLocale]!.baseUrl;
  return {current, others: bases.filter((base) => base !== current)};
}

const workerUrl = (baseUrl: string) => `${baseUrl}sw.js?params=${SW_PARAMS}`;

/** Reloads at most once per tab and language, so a worker that cannot isolate never loops. */
function reloadOnceForIsolation(baseUrl: string): void {
  if (window.crossOriginIsolated) return;
  try {
    const key = `${RELOADED_KEY}:${baseUrl}`;
    if (sessionStorage.getItem(key)) return;
    sessionStorage.setItem(key, '1');
  } catch {
    return; // storage blocked: no guard, so no reload
  }
  window.location.reload();
}

/** A new version finished installing while an old one controls the page: offer to switch. */
function offerUpdate(worker: ServiceWorker): void {
  void import('@docusaurus/plugin-pwa/lib/renderReloadPopup.js').then(({renderReloadPopup}) =>
    renderReloadPopup({
      onReload() {
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {once: true});
        worker.postMessage({type: 'SKIP_WAITING'});
      },
    }),
  );
}

// The standard update flow by hand rather than with workbox-window (what the plugin uses): its
// 2.3 KiB gz would load before any interaction and put chapter pages over their JS budget.
async function register(): Promise<void> {
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, {once: true}));
  }
  const {current, others} = localeBaseUrls();
  const registration = await navigator.serviceWorker.register(workerUrl(current));
  if (!registration) return; // blocked: Playwright's `serviceWorkers: 'block'` resolves to nothing
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
    });
  });

  await navigator.serviceWorker.ready;
  reloadOnceForIsolation(current);
  // The other language only once this one is cached: with both precaching at once, a first Run
  // took ~3.5× as long as without a worker here, one after the other 1.7–2× (bench/offline.mjs;
  // the machine was busier during the first figure).
  for (const base of others) {
    await navigator.serviceWorker.register(workerUrl(base), {scope: base}).catch(() => undefined);
  }
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (window.crossOriginIsolated) {
    try {
      sessionStorage.removeItem(`${RELOADED_KEY}:${localeBaseUrls().current}`);
    } catch {
      // storage blocked: nothing to clear
    }
  }
  // Refused (private windows, plain http) or blocked (tests): the site works as without a worker.
  register().catch((err: unknown) => console.warn('Offline mode is not available:', err));
}
