import {codeHash} from './share-link';

/** `/embed/<chapter>/<id>` under the language's base URL (`/` or `/en/`). */
export function embedPath(baseUrl: string, chapter: string, id: string): string {
  return `${baseUrl.replace(/\/?$/, '/')}embed/${chapter}/${id}`;
}

/**
 * The embed page of example `id`, from the page it is shown on: a chapter (`/en/process`) or
 * an embed page already (`/en/embed/process/<id>`).
 */
export function embedPathFrom(pathname: string, baseUrl: string, id: string): string {
  const base = baseUrl.replace(/\/?$/, '/');
  const rest = pathname.startsWith(base) ? pathname.slice(base.length).replace(/\/+$/, '') : '';
  if (rest.startsWith('embed/')) return `${base}${rest}`;
  return embedPath(base, rest, id);
}

/** The embed URL; edited code rides in the hash, as in share links (the hash never reaches a server). */
export function embedUrl(origin: string, path: string, id: string, editedCode?: string): string {
  return `${origin}${path}${editedCode === undefined ? '' : codeHash(id, editedCode)}`;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Room for the header, toolbar, output and timeline around the code, in CSS pixels. */
const CHROME_HEIGHT = 520;
const LINE_HEIGHT = 21;
export const MAX_IFRAME_HEIGHT = 1000;

/** A height that shows the whole example and a run's output without scrolling, up to a bound. */
export function iframeHeight(code: string): number {
  const lines = code.trimEnd().split('\n').length;
  return Math.min(MAX_IFRAME_HEIGHT, CHROME_HEIGHT + lines * LINE_HEIGHT);
}

/**
 * The `<iframe>` a teacher pastes into slides or an LMS page. `allow="cross-origin-isolated"`
 * lets a host page that is itself cross-origin isolated pass isolation on to the example.
 */
export function iframeSnippet({src, title, height}: {src: string; title: string; height: number}): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}"` +
    ` style="max-width: 960px; border: 1px solid #ccc; border-radius: 6px" loading="lazy" allow="cross-origin-isolated"></iframe>`
  );
}
