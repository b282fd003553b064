/**
 * The UTF-8 size of a string without encoding it: the keyword budget is stated in bytes (what a diff weighs
 * on the wire), and encoding megabytes only to measure them would cost as much as scanning them.
 *
 * @example utf8Length('Rust') // → 4
 * @example utf8Length('Miguel Ojeda — ü') // → 19
 * @example utf8Length('🦀') // → 4
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) {
      bytes += 1;
      continue;
    }
    bytes += 2;
    // A surrogate pair is two UTF-16 units and four UTF-8 bytes: count it once, skip its second half.
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  return bytes;
}
