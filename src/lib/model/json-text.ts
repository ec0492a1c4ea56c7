/**
 * Reading a dataset file: bytes to text (UTF-8 only, a BOM accepted) and text to a JSON value, keeping the
 * line and column of every value so that later checks can point at the field. The parser follows RFC 8259
 * strictly — no comments, trailing commas, NaN or second document — and also reports what JSON allows but a
 * dataset must not hold: duplicate member names, prototype-polluting keys, and nesting deeper than a
 * dataset needs.
 */
import { pointer } from './issue.ts';
import { positionFinder, type Position } from './text-position.ts';
import { decodeWellFormed, firstInvalidUtf8, type Utf8Decoder } from './utf8.ts';

export type { Position };

/** A problem found while reading, before any schema applies. */
export interface ReadProblem {
  readonly code:
    | 'encoding-utf16'
    | 'encoding-invalid-utf8'
    | 'json-syntax'
    | 'json-trailing-content'
    | 'json-too-deep'
    | 'json-duplicate-key'
    | 'json-forbidden-key';
  readonly message: string;
  readonly pointer: string;
  readonly position?: Position;
}

/** Where each JSON pointer of a document sits in its text. */
export interface PositionLookup {
  get(pointer: string): Position | undefined;
}

/** A parsed document: its value (absent after a syntax error), where each pointer sits, and what went wrong. */
export interface ParsedJson {
  readonly value?: unknown;
  readonly positions: PositionLookup;
  readonly problems: readonly ReadProblem[];
}

/** Deepest nesting a dataset file may have; the bundled data needs five levels. */
export const MAX_DEPTH = 32;

/** A JSON number, matched where the parser stands (sticky) so that no slice of the text is copied. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Keys that would reach an object's prototype if a consumer assigned them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Decodes a file's bytes as UTF-8, dropping a leading BOM. UTF-16 and invalid UTF-8 are reported with the
 * byte offset of the first bad byte rather than replaced with U+FFFD. `decode` is `decodeWellFormed`, the
 * faster in the browser; Node's command-line tools pass Node's own decoder, the faster there.
 */
export function decodeUtf8(
  bytes: Uint8Array,
  decode: Utf8Decoder = decodeWellFormed,
): { text: string } | { problem: ReadProblem } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (bytes.length >= 2 && (b0 === 0 || b1 === 0))) {
    return {
      problem: { code: 'encoding-utf16', message: 'the file is UTF-16, not UTF-8', pointer: '' },
    };
  }
  // A decoder refuses exactly the byte sequences `firstInvalidUtf8` finds; that scan runs only to say where a
  // file it refused goes wrong.
  const text = decode(bytes);
  if (text !== undefined) return { text };
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  return {
    problem: {
      code: 'encoding-invalid-utf8',
      message: `invalid UTF-8 byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at byte offset ${bad}`,
      pointer: '',
    },
  };
}

class JsonSyntaxError extends Error {
  constructor(readonly problem: ReadProblem) {
    super(problem.message);
  }
}

/**
 * Parses JSON text; `positions` tells where any value sits by its JSON pointer. Positions are wanted only
 * when something is wrong, which is rare, and recording one per value costs more than the parse itself on a
 * large file, so the first lookup parses the text again with recording on and keeps the result.
 * `memberNames`, when given, is `countMemberNames(source)` already counted by a scan before this one.
 */
export function parseJson(source: string, memberNames?: number): ParsedJson {
  const parsed = parseNative(source, memberNames) ?? parseWith(source, false);
  let recorded: ReadonlyMap<string, Position> | undefined;
  const positions: PositionLookup = {
    get: (pointer) => (recorded ??= parseWith(source, true).recorded).get(pointer),
  };
  return 'value' in parsed
    ? { value: parsed.value, positions, problems: parsed.problems }
    : { positions, problems: parsed.problems };
}

/**
 * The engine's own parser, many times faster than `parseWith` on a large file, reads every document that has
 * none of the problems above to the same value. It does not report them, so its result is used only when
 * they are shown to be absent: the text parsed, no member name lost to a duplicate, no forbidden name, no
 * number out of range and no nesting too deep. Anything else is undefined, and `parseWith` reads the text
 * to say exactly what is wrong.
 */
function parseNative(source: string, memberNames?: number): { value: unknown; problems: ReadProblem[] } | undefined {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const members = countMembers(value, 0);
  return members !== -1 && members === (memberNames ?? countMemberNames(text)) ? { value, problems: [] } : undefined;
}

/**
 * The member names of every object in a parsed value, or -1 when a value is nested deeper than MAX_DEPTH, a
 * name is forbidden or a number is not finite. The engine keeps only the last of duplicate names, so a
 * count lower than the text's own (`countMemberNames`) means a duplicate.
 */
function countMembers(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return -1;
  if (typeof value === 'number') return Number.isFinite(value) ? 0 : -1;
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      const inner = countMembers(item, depth + 1);
      if (inner === -1) return -1;
      count += inner;
    }
    return count;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    if (FORBIDDEN_KEYS.has(key)) return -1;
    const inner = countMembers(object[key], depth + 1);
    if (inner === -1) return -1;
    count += 1 + inner;
  }
  return count;
}

/**
 * The member names written in well-formed JSON text: its colons outside strings. Strings are skipped with
 * `indexOf`, which the engine runs far faster than a loop over every character.
 */
export function countMemberNames(text: string): number {
  let count = 0;
  let colon = text.indexOf(':');
  let i = 0;
  for (;;) {
    const quote = text.indexOf('"', i);
    const end = quote === -1 ? text.length : quote;
    while (colon !== -1 && colon < end) {
      count += 1;
      colon = text.indexOf(':', colon + 1);
    }
    if (quote === -1) return count;
    const close = stringEnd(text, quote);
    if (close === -1) return count;
    i = close + 1;
    if (colon !== -1 && colon < i) colon = text.indexOf(':', i);
  }
}

/**
 * The offset of the quote that closes the JSON string opened at `open`: the first quote not after an odd run
 * of backslashes; -1 when there is none. The engine's `indexOf` skips a string's characters far faster than a
 * loop over them.
 */
export function stringEnd(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  for (;;) {
    if (close === -1) return -1;
    let slash = close - 1;
    while (text.charCodeAt(slash) === 92) slash -= 1;
    if ((close - 1 - slash) % 2 === 0) return close;
    close = text.indexOf('"', close + 1);
  }
}

function parseWith(
  source: string,
  record: boolean,
): { value?: unknown; problems: ReadProblem[]; recorded: ReadonlyMap<string, Position> } {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const positions = new Map<string, Position>();
  const problems: ReadProblem[] = [];
  const at = positionFinder(text);
  let i = 0;

  const fail = (message: string, offset = i, code: ReadProblem['code'] = 'json-syntax', where = ''): never => {
    throw new JsonSyntaxError({ code, message, pointer: where, position: at(offset) });
  };

  const describe = (offset: number): string =>
    offset >= text.length ? 'the end of the file' : `"${String.fromCodePoint(text.codePointAt(offset) ?? 0)}"`;

  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else return;
    }
  };

  const parseString = (): string => {
    const start = i;
    i += 1;
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(run, i);
        i += 1;
        return out;
      }
      if (c < 0x20) fail('control character in a string; escape it as \\u' + c.toString(16).padStart(4, '0'));
      if (c === 92) {
        out += text.slice(run, i);
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          fail(`invalid escape \\${e ?? ''}`);
        }
        run = i;
        continue;
      }
      i += 1;
    }
  };

  const parseNumber = (): number => {
    const start = i;
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) fail(`unexpected ${describe(i)}`);
    const literal = match?.[0] ?? '';
    i += literal.length;
    const value = Number(literal);
    if (!Number.isFinite(value)) fail(`number ${literal} is out of range`, start);
    return value;
  };

  const parseValue = (path: string, depth: number): unknown => {
    skipSpace();
    if (record) positions.set(path, at(i));
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`, i, 'json-too-deep', path);
    const c = text[i];
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') return parseString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    if (/^(?:NaN|-?Infinity)/.test(text.slice(i, i + 9))) fail('NaN and Infinity are not JSON numbers');
    if (c === "'") fail('strings are written in double quotes');
    if (c === '/') fail('JSON has no comments');
    return fail(`unexpected ${describe(i)}; expected a value`);
  };

  const parseObject = (path: string, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    i += 1;
    skipSpace();
    if (text[i] === '}') {
      i += 1;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"')
        fail(text[i] === '}' ? 'trailing comma before }' : `unexpected ${describe(i)}; expected a member name`);
      const keyOffset = i;
      const key = parseString();
      const keyPath = path + pointer(key);
      skipSpace();
      if (text[i] !== ':') fail(`unexpected ${describe(i)}; expected ":"`);
      i += 1;
      const value = parseValue(keyPath, depth + 1);
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          code: 'json-forbidden-key',
          message: `forbidden member name "${key}"`,
          pointer: keyPath,
          position: at(keyOffset),
        });
      } else if (seen.has(key)) {
        problems.push({
          code: 'json-duplicate-key',
          message: `duplicate member name "${key}"`,
          pointer: keyPath,
          position: at(keyOffset),
        });
      } else {
        seen.add(key);
        out[key] = value;
      }
      skipSpace();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '}') {
        i += 1;
        return out;
      }
      fail(`unexpected ${describe(i)}; expected "," or "}"`);
    }
  };

  const parseArray = (path: string, depth: number): unknown[] => {
    const out: unknown[] = [];
    i += 1;
    skipSpace();
    if (text[i] === ']') {
      i += 1;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text[i] === ']') fail('trailing comma before ]');
      out.push(parseValue(`${path}/${out.length}`, depth + 1));
      skipSpace();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === ']') {
        i += 1;
        return out;
      }
      fail(`unexpected ${describe(i)}; expected "," or "]"`);
    }
  };

  try {
    const value = parseValue('', 0);
    skipSpace();
    if (i < text.length) fail('a second value follows the document', i, 'json-trailing-content');
    return { value, problems, recorded: positions };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { problems: [...problems, error.problem], recorded: positions };
    throw error;
  }
}
