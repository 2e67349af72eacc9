// The digits asset's binary layout, shared by the build step that writes it
// (scripts/digits/encodeDigits.ts) and the loader that reads it (parseDigits.ts).
//
// Little-endian. A 24-byte header, then the payload:
//   0  magic "DGTS"            4  version (u16)         6  width (u8)   7  height (u8)
//   8  classes (u8)            9  three zero bytes      12 nTrain (u32) 16 nTest (u32)
//   20 checksum (u32): digitsChecksum, FNV-1a over every byte but these four
//   24 train labels (nTrain bytes), test labels (nTest bytes),
//      train pixels (nTrain × width × height bytes, row-major images, 0 = paper, 255 = ink),
//      test pixels (nTest × width × height bytes).
// Why this shape: one request, bytes that gzip well (MNIST is three-quarters zeros), and no parser
// beyond a DataView; the checksum turns a corrupted or mixed-up file into a clear error instead
// of a network that trains on noise.

export const DIGITS_MAGIC = 'DGTS';
export const DIGITS_VERSION = 1;
export const DIGITS_HEADER_BYTES = 24;
/** Where the build puts the asset in the site (fetch it relative to the site's base). */
export const DIGITS_ASSET_PATH = 'data/digits.bin';
/** The asset's size as the board and the lesson state it: what a host sends depends on whether it
 *  compresses the file (buildDigitsAsset.test.ts checks both figures against the built bytes). */
export const DIGITS_DOWNLOAD = '1.4 MB, about 0.5 MB compressed';

/** The asset's checksum: FNV-1a over bytes 0 … 19 and 24 … end, so a changed byte anywhere,
 *  header or data, is caught (the header alone says how many classes the labels may use). */
export function digitsChecksum(bytes: Uint8Array): number {
  return fnv1a(bytes, DIGITS_HEADER_BYTES, bytes.length, fnv1a(bytes, 0, 20));
}

/** FNV-1a, 32 bits, of bytes[start … end), continuing from `hash` (default: the offset basis). */
export function fnv1a(bytes: Uint8Array, start = 0, end = bytes.length, hash = 0x811c9dc5): number {
  let h = hash;
  for (let i = start; i < end; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
