/**
 * Growable UTF-16 output for the engine's linear passes (normalisation, skeletons): code units
 * go into a typed array and become one string at the end, instead of tens of thousands of small
 * strings joined or replaced one by one.
 */
const CHUNK = 8192;

/**
 * A UTF-16 decoder in the platform's byte order: it turns a typed array into a string natively,
 * five times faster than `String.fromCharCode` over its units, but a lone surrogate comes out as
 * U+FFFD (one unit for one, so offsets hold).
 */
let decoder: TextDecoder | null | undefined;
function utf16(): TextDecoder | null {
  if (decoder === undefined) {
    const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    decoder = typeof TextDecoder === 'function' ? new TextDecoder(little ? 'utf-16le' : 'utf-16be') : null;
  }
  return decoder;
}

/**
 * The first `length` code units as a text the engine only matches on and never shows (the
 * normalised text, a skeleton): a lone surrogate may become U+FFFD, which the engine treats the
 * same way (neither letter, mark nor digit).
 */
export function matchText(units: Uint16Array, length: number): string {
  const native = utf16();
  return native ? native.decode(units.subarray(0, length)) : fromUnits(units, length);
}

/** The first `length` code units of `units` as a string, exactly (for text the user sees). */
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
