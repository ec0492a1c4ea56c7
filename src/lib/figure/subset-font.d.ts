/** Types for subset-font 2.9, which ships none: only the call and the options the figures use. */
declare module 'subset-font' {
  export interface SubsetFontOptions {
    /** The format written. */
    readonly targetFormat?: 'sfnt' | 'woff' | 'woff2';
  }
  /** A copy of `font` (TTF, WOFF or WOFF2) holding only the glyphs `text` needs, with their layout rules. */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Uint8Array>;
}
