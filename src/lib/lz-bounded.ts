/**
 * lz-string's `decompressFromEncodedURIComponent`, stopping as soon as the output passes a
 * limit. The format lets a short input name ever longer dictionary entries (each one longer
 * than the last), so a crafted link of a few thousand characters decompresses to gigabytes:
 * lz-string itself would build all of it before anyone could check its length.
 *
 * Same bits, same results as lz-string 1.5 for every input whose output fits the limit.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE: Record<string, number> = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));

/** The decompressed text; null for a value that is not lz-string output or decompresses to more than `maxChars`. */
export function decompressBounded(input: string, maxChars: number): string | null {
  if (input === '') return null;
  const text = input.replace(/ /g, '+');
  let val = VALUE[text.charAt(0)] ?? 0;
  let position = 32;
  let index = 1;
  const read = (n: number): number => {
    let bits = 0;
    for (let power = 1, max = 2 ** n; power !== max; power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = VALUE[text.charAt(index++)] ?? 0;
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return '';
  if (first > 2) return null;
  const c0 = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = c0;
  let w = c0;
  const result = [c0];
  let total = 1;
  for (;;) {
    if (index > text.length) return '';
    let c = read(numBits);
    if (c === 0 || c === 1) {
      dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
      c = dictSize - 1;
      enlargeIn--;
    } else if (c === 2) {
      return result.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (dictionary[c]) entry = dictionary[c];
    else if (c === dictSize) entry = w + w.charAt(0);
    else return null;
    total += entry.length;
    if (total > maxChars) return null;
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
