import {compressToEncodedURIComponent} from 'lz-string';
import {decompressBounded} from './lz-bounded';
import {CODE_MARK, hashId, safeDecode} from './hash-id';

/** Longest code a link may carry, decompressed; longer is treated as a mangled link. */
export const MAX_LINK_CODE_CHARS = 200_000;

/** `#<id>/code/<lz>`: the hash part of a link that carries edited code (never sent to a server). */
export function codeHash(exampleId: string, code: string): string {
  return `#${exampleId}${CODE_MARK}${compressToEncodedURIComponent(code)}`;
}

export type LinkedCode =
  | {kind: 'none'}
  | {kind: 'anchor'; id: string}
  | {kind: 'code'; id: string; code: string}
  | {kind: 'mangled'; id: string};

/** What a hash holds for example `id`: null when it points elsewhere (nothing is decoded then). */
export function linkFor(hash: string, id: string): LinkedCode | null {
  return hashId(hash) === id ? parseHash(hash) : null;
}

/** The last hash read and what it held: a page decodes a link once, however many examples ask. */
let last: {hash: string; link: LinkedCode} | null = null;

/** Reads a location hash: a plain anchor, an anchor with code, or an anchor with a broken code value. */
export function parseHash(hash: string): LinkedCode {
  if (last?.hash === hash) return last.link;
  const link = readHash(hash);
  last = {hash, link};
  return link;
}

function readHash(hash: string): LinkedCode {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return {kind: 'none'};
  const at = raw.indexOf(CODE_MARK);
  if (at < 0) return {kind: 'anchor', id: safeDecode(raw)};
  const id = safeDecode(raw.slice(0, at));
  const payload = raw.slice(at + CODE_MARK.length);
  if (payload.length > MAX_LINK_CODE_CHARS) return {kind: 'mangled', id};
  let code: string | null = null;
  try {
    // Stops as soon as the code passes the limit: a crafted value can decompress to gigabytes.
    code = decompressBounded(payload, MAX_LINK_CODE_CHARS);
  } catch {
    code = null;
  }
  if (!code || code.includes('\uFFFD')) return {kind: 'mangled', id};
  return {kind: 'code', id, code};
}
