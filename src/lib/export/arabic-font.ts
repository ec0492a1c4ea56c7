/**
 * The app's Arabic font, for embedding in exported figures: a PNG is drawn from an SVG image, which cannot
 * see the page's fonts, so the font travels inside the SVG. Fetched once, from the app's own files.
 */
import fontUrl from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';
import type { EmbeddedFont } from '../figure/font-face.ts';

let cached: Promise<EmbeddedFont> | undefined;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function arabicFont(): Promise<EmbeddedFont> {
  cached ??= fetch(fontUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the Arabic font could not be loaded (${response.status})`);
      return response.arrayBuffer();
    })
    .then((buffer) => ({ family: 'Noto Naskh Arabic', woff2Base64: base64(new Uint8Array(buffer)) }));
  return cached;
}
