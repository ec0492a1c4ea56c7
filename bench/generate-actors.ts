/**
 * Synthetic actors with the shape of the bundled ones: coalitions with member states and armed groups,
 * states with ministries and armed forces, units under the armed forces, people placed in their office,
 * media, and an ISIS-like organisation with branches. `memberOf` names the nearest parent first, and
 * alignment is stated at the top of a hierarchy and inherited below it, as in `data/actors.json`.
 */
import type { Actor, ActorKind, Alignment } from '../src/lib/model/schema.ts';
import { properName, slug, type Name } from './names.ts';
import type { Random } from './prng.ts';

/** The fewest and most actors a synthetic dataset has, as issue 6 asks. */
export const ACTOR_RANGE = [50, 1000] as const;

/** Actors grouped by the parts they play in events, so that events pair plausible agents and targets. */
export interface ActorPools {
  /** Who makes statements and meets: people, ministries, states and coalitions. */
  readonly speakers: readonly Actor[];
  /** Who strikes: armed forces, units and coalitions. */
  readonly forces: readonly Actor[];
  /** Who is struck or accused: armed groups, states and coalitions. */
  readonly targets: readonly Actor[];
  /** Who reports: media. */
  readonly media: readonly Actor[];
}

/** A generated hierarchy and its pools. */
export interface GeneratedActors {
  readonly actors: Actor[];
  readonly pools: ActorPools;
}

function actor(id: string, name: Name, kind: ActorKind, memberOf: string[], alignment?: Alignment): Actor {
  const record: Actor = { id, name, aliases: { en: [], ar: [] }, kind, memberOf };
  if (alignment) record.alignment = alignment;
  return record;
}

/** Generates exactly `count` actors. */
export function generateActors(count: number, random: Random): GeneratedActors {
  const [min, max] = ACTOR_RANGE;
  if (!Number.isInteger(count) || count < min || count > max) {
    throw new RangeError(`invalid actors: ${count} (expected an integer from ${min} to ${max})`);
  }
  const west = actor(
    'coalition-west',
    { en: 'Western Coalition', ar: 'التحالف الغربي' },
    'alliance',
    [],
    'us-coalition',
  );
  const east = actor(
    'alliance-east',
    { en: 'Eastern Alliance', ar: 'التحالف الشرقي' },
    'alliance',
    [],
    'russia-allies',
  );
  const north = actor(
    'northern-forces',
    { en: 'Northern Democratic Forces', ar: 'القوى الديمقراطية الشمالية' },
    'alliance',
    [],
    'sdf-kurdish',
  );
  const banner = actor(
    'black-banner',
    { en: 'Black Banner Organisation', ar: 'تنظيم الراية السوداء' },
    'armed-group',
    [],
    'isis',
  );
  const coalitions = [west, east, north];
  const actors: Actor[] = [...coalitions, banner];

  const stateCount = Math.max(4, Math.floor(count * 0.05));
  const groupCount = Math.max(3, Math.floor(count * 0.06));
  const mediaCount = Math.max(2, Math.floor(count * 0.04));
  const unitCount = Math.floor(count * 0.2);

  const states: Actor[] = [];
  const ministries: Actor[] = [];
  const armedForces: Actor[] = [];
  for (let k = 0; k < stateCount; k++) {
    const name = properName(random);
    const side = random.weighted<Actor | undefined>([
      [west, 4],
      [east, 3],
      [undefined, 3],
    ]);
    const state = actor(
      `state-${k}-${slug(name.en)}`,
      name,
      'state',
      side ? [side.id] : [],
      side ? undefined : 'other',
    );
    states.push(state);
    const base = `${k}-${slug(name.en)}`;
    ministries.push(
      actor(
        `mfa-${base}`,
        { en: `${name.en} Ministry of Foreign Affairs`, ar: `وزارة خارجية ${name.ar}` },
        'organization',
        [state.id],
      ),
      actor(`mod-${base}`, { en: `${name.en} Ministry of Defence`, ar: `وزارة دفاع ${name.ar}` }, 'organization', [
        state.id,
      ]),
    );
    armedForces.push(
      actor(`forces-${base}`, { en: `${name.en} Armed Forces`, ar: `القوات المسلحة ${name.ar}` }, 'organization', [
        state.id,
      ]),
    );
  }
  actors.push(...states, ...ministries, ...armedForces);

  const units: Actor[] = [];
  for (let k = 0; k < unitCount; k++) {
    const parent = random.pick(armedForces);
    const number = k + 1;
    units.push(
      actor(
        `unit-${number}`,
        { en: `Brigade ${number} (${parent.name.en})`, ar: `اللواء ${number} (${parent.name.ar})` },
        'organization',
        [parent.id],
      ),
    );
  }

  const groups: Actor[] = [];
  for (let k = 0; k < groupCount; k++) {
    const name = properName(random);
    const id = `group-${k}-${slug(name.en)}`;
    const kind = random.weighted<'member' | 'branch' | 'independent'>([
      ['member', 4],
      ['branch', 3],
      ['independent', 3],
    ]);
    if (kind === 'member')
      groups.push(actor(id, { en: `${name.en} Units`, ar: `وحدات ${name.ar}` }, 'armed-group', [north.id]));
    else if (kind === 'branch')
      groups.push(actor(id, { en: `${name.en} Province`, ar: `ولاية ${name.ar}` }, 'armed-group', [banner.id]));
    else groups.push(actor(id, { en: `${name.en} Brigades`, ar: `كتائب ${name.ar}` }, 'armed-group', [], 'other'));
  }

  const media: Actor[] = [];
  for (let k = 0; k < mediaCount; k++) {
    const name = properName(random);
    const id = `media-${k}-${slug(name.en)}`;
    const owner = random.chance(0.5) ? random.pick(states) : undefined;
    const outlet = { en: `${name.en} News Agency`, ar: `وكالة ${name.ar} للأنباء` };
    media.push(actor(id, outlet, 'media', owner ? [owner.id] : [], owner ? undefined : 'other'));
  }
  actors.push(...units, ...groups, ...media);

  const people: Actor[] = [];
  for (let k = 0; actors.length + people.length < count; k++) {
    const first = properName(random);
    const last = properName(random);
    const office = random.weighted<readonly Actor[]>([
      [ministries, 12],
      [units.length > 0 ? units : armedForces, 4],
      [groups, 3],
      [media, 1],
    ]);
    const person = actor(
      `person-${k}-${slug(last.en)}`,
      { en: `${first.en} ${last.en}`, ar: `${first.ar} ${last.ar}` },
      'person',
      [random.pick(office).id],
    );
    person.aliases.en.push(last.en);
    person.aliases.ar.push(last.ar);
    people.push(person);
  }
  actors.push(...people);

  return {
    actors,
    pools: {
      speakers: [...people, ...ministries, ...states, ...coalitions],
      forces: [...armedForces, ...units, west, east],
      targets: [...groups, banner, ...states],
      media,
    },
  };
}
