// fontverter ships no types; the one call the font tests make.
declare module 'fontverter' {
  type Format = 'truetype' | 'woff' | 'woff2' | 'sfnt';
  const fontverter: {
    convert(font: Uint8Array, toFormat: Format, fromFormat?: Format): Promise<Uint8Array>;
  };
  export default fontverter;
}
