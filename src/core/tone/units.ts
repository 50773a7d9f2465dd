/**
 * Growable UTF-16 output for the engine's linear passes (normalisation, skeletons): code units
 * go into a typed array and become one string at the end, instead of tens of thousands of small
 * strings joined or replaced one by one.
 */
const CHUNK = 8192;

/** The first `length` code units of `units` as a string. */
export function fromUnits(units: Uint16Array, length: number): string {
  if (length <= CHUNK) {
    return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  }
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
