/**
 * A crafted lz-string value (compressToEncodedURIComponent's alphabet) of about `chars`
 * characters that decompresses to roughly (chars × 6 / 17)² / 2 characters: one literal "a",
 * then again and again the dictionary entry being defined, each one a character longer.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

export function lzBomb(chars: number): string {
  const bits: number[] = [];
  const write = (value: number, n: number) => {
    for (let k = 0; k < n; k++) bits.push((value >> k) & 1);
  };
  write(0, 2); // an 8-bit literal follows
  write('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  while (bits.length + numBits * 2 < chars * 6) {
    write(dictSize, numBits); // "the entry being defined": w + w[0]
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits); // end of stream
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = (v << 1) | (bits[i + j] ?? 0);
    out += ALPHABET[v];
  }
  return out;
}
