/**
 * Checking a value against a schema without valibot's copies. `v.is` runs the schema's parse and drops what
 * it built: for 100,000 events that is a copy of every object and array they hold, and collecting those
 * copies cost as much as the checks themselves. `checker(schema)` reads the schema's own description once —
 * the `type`, `entries`, `item`, `options`, `wrapped` and `pipe` of each part, and each action's `requirement`
 * — and returns a function that gives the answer `v.is(schema, value)` gives, by the same rules, allocating
 * nothing. Any part it does not know is asked of valibot itself, so the answer stays valibot's whatever the
 * schema holds; `tests/schema-check.test.ts` compares the two on the record schemas and on every kind of part.
 */
import * as v from 'valibot';

/** Whether a value passes a schema. */
export type Check = (value: unknown) => boolean;

/** The parts of a schema or action object read here, as valibot describes them. */
interface Part {
  readonly kind: string;
  readonly type: string;
  readonly async?: boolean;
  readonly pipe?: readonly Part[];
  readonly entries?: Readonly<Record<string, Part>>;
  readonly item?: Part;
  readonly options?: readonly unknown[];
  readonly wrapped?: Part;
  readonly default?: unknown;
  readonly fallback?: unknown;
  readonly requirement?: unknown;
  readonly '~run': (
    dataset: { typed: boolean; value: unknown },
    config: v.Config<v.BaseIssue<unknown>>,
  ) => {
    issues?: unknown;
  };
}

/** `v.is`'s configuration: stop at the first issue. */
const FIRST_ISSUE = { abortEarly: true } as const;

/** Optional entries may be missing from an object. */
const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish']);

/** A function that checks values against `schema`, with the answers of `v.is(schema, value)`. */
export function checker(schema: v.GenericSchema): Check {
  return compile(schema as unknown as Part);
}

function compile(part: Part): Check {
  const asked: Check = (value) => !part['~run']({ typed: false, value }, FIRST_ISSUE).issues;
  if (part.async) return asked;
  if (part.pipe) return piped(part.pipe, asked);
  switch (part.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'picklist': {
      const options = part.options ?? [];
      return (value) => options.includes(value);
    }
    case 'optional':
      return part.wrapped && part.default === undefined ? optional(compile(part.wrapped)) : asked;
    case 'union': {
      const options = (part.options ?? []) as Part[];
      return anyOf(options.map(compile));
    }
    case 'array':
      return part.item ? arrayOf(compile(part.item)) : asked;
    case 'strict_object':
      return part.entries ? (strictObject(part.entries) ?? asked) : asked;
    default:
      return asked;
  }
}

function optional(wrapped: Check): Check {
  return (value) => value === undefined || wrapped(value);
}

function anyOf(options: readonly Check[]): Check {
  return (value) => {
    for (const option of options) if (option(value)) return true;
    return false;
  };
}

function arrayOf(item: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return false;
    for (let k = 0; k < value.length; k += 1) if (!item(value[k])) return false;
    return true;
  };
}

/**
 * As valibot reads a strict object: an object (arrays included), every entry present (`in`, as valibot asks)
 * and passing or else optional, and no enumerable key that is not an entry of its own. A plain object, as
 * JSON.parse makes them, is read key by key instead, each key looked up among the entries: the same answer
 * when no entry is named like a property every object inherits, which is checked here once. Undefined when an
 * entry has a default or a fallback, which only valibot's own parse applies.
 */
function strictObject(entries: Readonly<Record<string, Part>>): Check | undefined {
  const keys: string[] = [];
  const checks: Check[] = [];
  const optionals: boolean[] = [];
  const at = new Map<string, number>();
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.default !== undefined || entry.fallback !== undefined) return undefined;
    at.set(key, keys.length);
    keys.push(key);
    checks.push(compile(entry));
    optionals.push(OPTIONAL.has(entry.type));
  }
  const required = optionals.filter((optional) => !optional).length;
  const inherited = keys.some((key) => key in Object.prototype);
  const asValibot: Check = (value) => {
    if (!value || typeof value !== 'object') return false;
    for (let k = 0; k < keys.length; k += 1) {
      const key = keys[k] as string;
      if (key in value) {
        if (!(checks[k] as Check)((value as Record<string, unknown>)[key])) return false;
      } else if (!optionals[k]) return false;
    }
    for (const key in value) if (!Object.prototype.hasOwnProperty.call(entries, key)) return false;
    return true;
  };
  if (inherited) return asValibot;
  return (value) => {
    if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
      return asValibot(value);
    let present = 0;
    for (const key in value) {
      const k = at.get(key);
      if (k === undefined || !(checks[k] as Check)((value as Record<string, unknown>)[key])) return false;
      if (!optionals[k]) present += 1;
    }
    return present === required;
  };
}

/**
 * A pipe: its schema, then each validation in turn (valibot runs them only on a value its schema accepted).
 * A pipe that transforms, or holds a second schema, is asked of valibot whole.
 */
function piped(pipe: readonly Part[], asked: Check): Check {
  const [first, ...rest] = pipe;
  if (!first) return asked;
  const actions = rest.filter((item) => item.kind !== 'metadata');
  if (actions.some((item) => item.kind !== 'validation')) return asked;
  const base = compile(first);
  const validations = actions.map(validation);
  return (value) => {
    if (!base(value)) return false;
    for (const passes of validations) if (!passes(value)) return false;
    return true;
  };
}

/** One validation action, as its `~run` decides on a value its schema accepted. */
function validation(action: Part): Check {
  const requirement = action.requirement;
  switch (action.type) {
    case 'check':
    case 'integer':
    case 'finite':
      if (typeof requirement === 'function') return (value) => Boolean(requirement(value));
      break;
    case 'regex':
      if (requirement instanceof RegExp) return (value) => requirement.test(value as string);
      break;
    case 'min_length':
      if (typeof requirement === 'number') return (value) => !((value as { length: number }).length < requirement);
      break;
    case 'max_length':
      if (typeof requirement === 'number') return (value) => !((value as { length: number }).length > requirement);
      break;
    case 'min_value':
      return (value) => (value as number) >= (requirement as number);
    case 'max_value':
      return (value) => (value as number) <= (requirement as number);
  }
  return (value) => !action['~run']({ typed: true, value }, FIRST_ISSUE).issues;
}
