/**
 * A static check over src/: no code may hand a string to something that parses it as HTML or runs it as
 * code. Chronograph shows text from articles and from files readers import, so any such sink is a way for a
 * crafted dataset to run script in the page (and the Content-Security-Policy forbids eval anyway).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

/** Each banned sink, why it is banned, and a pattern that tolerates any white space inside it. */
const SINKS: readonly { name: string; why: string; pattern: RegExp }[] = [
  {
    name: '{@html}',
    why: 'Svelte inserts the string as raw HTML, bypassing its escaping',
    pattern: /\{\s*@html\b/,
  },
  {
    name: 'innerHTML',
    why: 'assigning it parses the string as HTML, scripts in attributes included',
    pattern: /\binnerHTML\b/,
  },
  {
    name: 'outerHTML',
    why: 'assigning it parses the string as HTML in place of the element',
    pattern: /\bouterHTML\b/,
  },
  { name: 'insertAdjacentHTML', why: 'it parses its argument as HTML', pattern: /\binsertAdjacentHTML\b/ },
  {
    name: "d3's .html()",
    why: 'd3-selection sets innerHTML; Svelte owns every element Chronograph draws',
    pattern: /\.\s*html\s*\(/,
  },
  {
    name: 'eval()',
    why: 'it runs a string as code; the CSP forbids it and a dataset must never become code',
    pattern: /\beval\s*(?:\?\.\s*)?\(/,
  },
  {
    name: 'new Function / Function()',
    why: 'it compiles a string into code, eval by another name',
    pattern: /\bnew\s+Function\b|(?<![\w$.])Function\s*\(/,
  },
  {
    name: "vis-timeline's xss option",
    why: 'xss.disabled is module-global and turns sanitising off for every timeline on the page',
    pattern: /\bxss\s*:|['"`]xss['"`]\s*[:\]]|\.\s*xss\b/,
  },
];

/** Every file under a folder, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The sinks a text contains, as `line: name` strings; a sink split across lines is found too. */
function sinksIn(text: string): string[] {
  const found: string[] = [];
  for (const sink of SINKS) {
    for (const match of text.matchAll(new RegExp(sink.pattern.source, 'g'))) {
      found.push(`${text.slice(0, match.index).split('\n').length}: ${sink.name}`);
    }
  }
  return found;
}

describe('the static sink check', () => {
  it('finds each sink planted in a sample, whitespace variants included', () => {
    const planted = [
      '{@html item.content}',
      '{ @html x }',
      'node.innerHTML = text;',
      'el.outerHTML = "<b>"',
      "el.insertAdjacentHTML('beforeend', s)",
      'select(node).html(label)',
      'sel . html (label)',
      'eval(code)',
      'eval (code)',
      'globalThis.eval?.(code)',
      'new Function("return 1")',
      'new  Function("return 1")',
      'new\tFunction',
      'new\n  Function(body)',
      'Function("return this")()',
      'new Timeline(el, items, { xss: { disabled: true } })',
      'options["xss"] = {}',
      'options.xss = {}',
    ];
    for (const sample of planted) expect(sinksIn(sample), sample).toHaveLength(1);
  });

  it('does not mistake harmless code for a sink', () => {
    const harmless = [
      'retrieval(items)',
      'myFunction(x)',
      'const f: Function = g;',
      'label.textContent = text;',
      "import 'xss-free';",
      'toHtmlString(x)',
    ];
    for (const sample of harmless) expect(sinksIn(sample), sample).toEqual([]);
  });

  it('finds no sink in any file under src/', () => {
    const files = filesUnder(SRC);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      sinksIn(readFileSync(file, 'utf8')).map((hit) => `${relative(SRC, file)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});
