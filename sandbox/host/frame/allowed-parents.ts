import {localTwin} from '../../shared/places';

/**
 * Which pages may drive a runner frame. A runner on the site's own origin could otherwise be
 * framed by any site and made to run code with the site's storage; a runner on a second
 * origin holds nothing, but is still only lent to the site it belongs to.
 */
export function isAllowedParent(parentOrigin: string, ownOrigin: string, configured: readonly string[]): boolean {
  if (parentOrigin === ownOrigin || configured.includes(parentOrigin)) return true;
  return localTwin(ownOrigin) === parentOrigin;
}
