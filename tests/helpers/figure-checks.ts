/**
 * What every figure must be, checked on its text: well-formed XML by a strict parser (any error fails),
 * inert (no script, no event handler, no foreignObject, no reference outside the document), free of `NaN`,
 * and accessible (`<title>`, `<desc>`, `role="img"`, a viewBox). Returns the problems found, in words.
 */
import { SaxesParser } from 'saxes';

export interface ParsedFigure {
  readonly problems: string[];
  /** All text content, in document order. */
  readonly text: string;
  /** Every attribute, as `element@name=value`. */
  readonly attributes: string[];
}

export function checkFigure(svg: string): ParsedFigure {
  const problems: string[] = [];
  const attributes: string[] = [];
  let text = '';
  const elements = new Set<string>();
  let root: Record<string, string> | undefined;
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (error) => problems.push(`XML: ${error.message}`));
  parser.on('text', (t) => (text += t));
  parser.on('opentag', (tag) => {
    const name = tag.name.toLowerCase();
    elements.add(name);
    const attrs: Record<string, string> = {};
    for (const [key, v] of Object.entries(tag.attributes)) {
      attrs[key] = v;
      attributes.push(`${tag.name}@${key}=${v}`);
      if (/^on/i.test(key)) problems.push(`event handler attribute ${key} on <${tag.name}>`);
      if (/href$/i.test(key) && !v.startsWith('#')) problems.push(`external reference ${key}=${v}`);
      const url = /url\(\s*['"]?([^'")]*)/.exec(v)?.[1];
      if (url !== undefined && !url.startsWith('#')) problems.push(`external url() in ${key}: ${url}`);
    }
    root ??= attrs;
  });
  try {
    parser.write(svg).close();
  } catch (error) {
    problems.push(`XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (elements.has('script')) problems.push('has <script>');
  if (elements.has('foreignobject')) problems.push('has <foreignObject>');
  if (svg.includes('NaN')) problems.push('has NaN');
  if (!elements.has('title')) problems.push('no <title>');
  if (!elements.has('desc')) problems.push('no <desc>');
  if (root?.role !== 'img') problems.push('root has no role="img"');
  if (!root?.viewBox) problems.push('root has no viewBox');
  if (!root?.['aria-labelledby']) problems.push('root has no aria-labelledby');
  if (root?.xmlns !== 'http://www.w3.org/2000/svg') problems.push('root has no SVG namespace');
  return { problems, text, attributes };
}
