/** Marks the start of the code a link carries: `#<id>/code/<lz>` (src/lib/share-link.ts). */
export const CODE_MARK = '/code/';

/** `decodeURIComponent`, or the text as it is when it is not valid percent-encoding (a mangled link). */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The element id a location hash points at: a heading's, or an example's when the link carries
 * code, without decoding that code. Kept apart from share-link.ts so the page's start-up code can
 * read a hash without loading the link decompressor.
 */
export function hashId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  const at = raw.indexOf(CODE_MARK);
  return safeDecode(at < 0 ? raw : raw.slice(0, at));
}
