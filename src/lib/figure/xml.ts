/**
 * Writing SVG as text: escaping, numbers and elements. Everything the figures print goes through here, so
 * that whatever a label holds, the result is well-formed XML and no number is written as `NaN`.
 */

/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE and U+FFFF) and lone
 * surrogates, which cannot be encoded as UTF-8. A parser refuses a document holding any of them, even escaped.
 */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in element content and in a double-quoted attribute: illegal characters dropped, markup escaped. */
export function escapeXml(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A number as SVG writes it: rounded to two decimals, without a trailing `.0` or a negative zero. A number
 * that is not finite is a bug upstream, so it throws instead of reaching the figure as `NaN`.
 */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`non-finite number in figure: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** An attribute value: numbers through `num`, strings escaped; `undefined` leaves the attribute out. */
export type AttrValue = string | number | undefined;

function attributes(attrs: Readonly<Record<string, AttrValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/**
 * One element. `children` are markup already written (by `el` or `text`); an element without children is
 * self-closed. Attribute order is the order given, so the same call always prints the same bytes.
 */
export function el(name: string, attrs: Readonly<Record<string, AttrValue>> = {}, ...children: string[]): string {
  const body = children.join('');
  return body === '' ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${body}</${name}>`;
}

/** An element holding only text, escaped. */
export function textEl(name: string, attrs: Readonly<Record<string, AttrValue>>, content: string): string {
  return `<${name}${attributes(attrs)}>${escapeXml(content)}</${name}>`;
}
