import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';

/** Longest code a link may carry, decompressed; longer is treated as a mangled link. */
export const MAX_LINK_CODE_CHARS = 200_000;

const CODE_MARK = '/code/';

/** `#<id>/code/<lz>`: the hash part of a link that carries edited code (never sent to a server). */
export function codeHash(exampleId: string, code: string): string {
  return `#${exampleId}${CODE_MARK}${compressToEncodedURIComponent(code)}`;
}

export type LinkedCode =
  | {kind: 'none'}
  | {kind: 'anchor'; id: string}
  | {kind: 'code'; id: string; code: string}
  | {kind: 'mangled'; id: string};

/** Reads a location hash: a plain anchor, an anchor with code, or an anchor with a broken code value. */
export function parseHash(hash: string): LinkedCode {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return {kind: 'none'};
  const at = raw.indexOf(CODE_MARK);
  if (at < 0) return {kind: 'anchor', id: safeDecode(raw)};
  const id = safeDecode(raw.slice(0, at));
  const payload = raw.slice(at + CODE_MARK.length);
  if (payload.length > MAX_LINK_CODE_CHARS) return {kind: 'mangled', id};
  let code: string | null = null;
  try {
    code = decompressFromEncodedURIComponent(payload);
  } catch {
    code = null;
  }
  if (!code || code.length > MAX_LINK_CODE_CHARS || code.includes('\uFFFD')) return {kind: 'mangled', id};
  return {kind: 'code', id, code};
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
