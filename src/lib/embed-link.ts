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
/** What an exercise's task adds above its code, in the iframe snippet. */
export const EXERCISE_TASK_HEIGHT = 160;

/** A height that shows the whole example and a run's output without scrolling, up to a bound. */
export function iframeHeight(code: string): number {
  const lines = code.trimEnd().split('\n').length;
  return Math.min(MAX_IFRAME_HEIGHT, CHROME_HEIGHT + lines * LINE_HEIGHT);
}

/** What an embed page posts to the page that frames it: `{type: HEIGHT_MESSAGE, height}` (CSS px). */
export const HEIGHT_MESSAGE = 'concurrency-lab:height';
/** Bounds the host script keeps a posted height within, whatever the frame says. */
export const MIN_FRAME_HEIGHT = 150;
export const MAX_FRAME_HEIGHT = 4000;

/**
 * The script a host page runs after the iframe so the frame grows and shrinks with the example
 * (output after Run, the timeline). It resizes only the frame just before it, and only on a
 * message from that frame's window and our origin. Where a host strips scripts (many LMS
 * editors), the iframe keeps its fixed height and scrolls inside.
 */
export function resizeScript(origin: string): string {
  return (
    `<script>(function(f){addEventListener('message',function(e){` +
    `if(f&&e.source===f.contentWindow&&e.origin===${JSON.stringify(origin)}&&e.data&&e.data.type==='${HEIGHT_MESSAGE}')` +
    `f.style.height=Math.min(${MAX_FRAME_HEIGHT},Math.max(${MIN_FRAME_HEIGHT},Number(e.data.height)||0))+'px'})` +
    `})(document.currentScript.previousElementSibling)</script>`
  );
}

/**
 * The `<iframe>` a teacher pastes into slides or an LMS page, followed by `resizeScript`.
 * `allow="cross-origin-isolated"` lets a host page that is itself cross-origin isolated pass
 * isolation on to the example.
 */
export function iframeSnippet({src, title, height}: {src: string; title: string; height: number}): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}"` +
    // content-box: the height the script sets is the example's, whatever box-sizing the host uses.
    ` style="max-width: 960px; box-sizing: content-box; border: 1px solid #ccc; border-radius: 6px" loading="lazy" allow="cross-origin-isolated"></iframe>` +
    resizeScript(new URL(src).origin)
  );
}
