/**
 * Synthetic events in the proportions of the bundled data: six in ten are statements, a quarter of those
 * accusations, some answered by denials that point at them with a `denies` relation; the rest are strikes,
 * meetings, milestones, convoys and attacks. Each event names plausible actors for its kind, real places,
 * and evidence quoted from the real articles.
 */
import type { Actor, Event, EventType, Figure, Place, Status } from '../src/lib/model/schema.ts';
import type { ActorPools } from './generate-actors.ts';
import { DateDrawer, type DrawnDate } from './dates.ts';
import type { Random } from './prng.ts';
import type { QuotePicker } from './quotes.ts';
import { summarize } from './summaries.ts';

/** `[type, subtype, weight]`, weights in percent of all events. */
const MIX: readonly (readonly [EventType, string, number])[] = [
  ['statement', 'accusation', 15],
  ['statement', 'denial', 5],
  ['statement', 'claim', 9],
  ['statement', 'position', 13],
  ['statement', 'announcement', 7],
  ['statement', 'report', 6],
  ['statement', 'warning', 5],
  ['strike', 'airstrike', 10],
  ['strike', 'missile', 2],
  ['strike', 'shelling', 2],
  ['meeting', 'talks', 4],
  ['meeting', 'visit', 2],
  ['meeting', 'press-conference', 2],
  ['meeting', 'call', 1],
  ['meeting', 'summit', 1],
  ['meeting', 'agreement', 1],
  ['milestone', 'operation-start', 2],
  ['milestone', 'capture', 2],
  ['milestone', 'agreement', 1],
  ['milestone', 'decision', 1],
  ['milestone', 'death', 1],
  ['convoy', 'withdrawal', 1.5],
  ['convoy', 'evacuation', 1],
  ['convoy', 'flight', 1],
  ['convoy', 'supply', 1.5],
  ['attack', 'bombing', 1.5],
  ['attack', 'assault', 1.5],
];

const DRAWS = MIX.map(([type, subtype, weight]) => [[type, subtype] as const, weight] as const);

/** What an event needs from the rest of the dataset. */
export interface EventContext {
  readonly pools: ActorPools;
  readonly places: readonly Place[];
  readonly quotes: QuotePicker;
}

/** An accusation already made, which a later denial can answer. */
interface Accusation {
  readonly event: Event;
  readonly day: number;
}

function agentAndTarget(type: EventType, subtype: string, pools: ActorPools, random: Random): [Actor, Actor] {
  if (type === 'strike') return [random.pick(pools.forces), random.pick(pools.targets)];
  if (type === 'attack') return [random.pick(pools.targets), random.pick(pools.forces)];
  if (type === 'meeting' || subtype === 'position') return [random.pick(pools.speakers), random.pick(pools.speakers)];
  return [random.pick(pools.speakers), random.pick(pools.targets)];
}

function statusOf(type: EventType, subtype: string, random: Random): Status {
  if (subtype === 'accusation') return 'alleged';
  if (type === 'statement' || type === 'attack') return 'claimed';
  if (type === 'convoy') return random.chance(0.3) ? 'planned' : 'claimed';
  if (type === 'strike') return random.chance(0.5) ? 'confirmed' : 'claimed';
  return 'confirmed';
}

function figuresOf(type: EventType, random: Random): Figure[] {
  if (type === 'strike' && random.chance(0.5)) {
    const qualifier = random.pick(['exact', 'about', 'more-than', 'at-least'] as const);
    return [{ what: 'killed', value: random.int(1, 200), qualifier }];
  }
  if (type === 'convoy' && random.chance(0.4)) {
    return [{ what: 'families', value: random.int(10, 500), qualifier: 'about' }];
  }
  return [];
}

/** Generates `count` events with ids `ev-000000-<subtype>` onwards, in id order. */
export function generateEvents(count: number, context: EventContext, random: Random): Event[] {
  const { pools, places, quotes } = context;
  const dates = new DateDrawer(random);
  const accusations: Accusation[] = [];
  const statements: Event[] = [];
  const events: Event[] = [];
  const actorsById = new Map(
    [...pools.speakers, ...pools.forces, ...pools.targets, ...pools.media].map((a) => [a.id, a]),
  );
  for (let k = 0; k < count; k++) {
    const [type, drawn] = random.weighted(DRAWS);
    const answered = drawn === 'denial' && accusations.length > 0 ? random.pick(accusations) : undefined;
    // A denial with nothing yet to deny starts the exchange as an accusation instead.
    const subtype = drawn === 'denial' && !answered ? 'accusation' : drawn;

    let agent: Actor;
    let target: Actor;
    if (answered) {
      // The accused answers its accuser.
      const roles = answered.event.actors;
      const byRole = (role: string) => actorsById.get(roles.find((r) => r.role === role)?.actor ?? '');
      agent = byRole('target') ?? random.pick(pools.speakers);
      target = byRole('agent') ?? random.pick(pools.targets);
      answered.event.status = 'denied';
    } else {
      [agent, target] = agentAndTarget(type, subtype, pools, random);
    }
    if (agent.id === target.id) target = random.pick(pools.targets.filter((a) => a.id !== agent.id));

    const date: DrawnDate = answered ? dates.drawAfter(answered.day) : dates.draw();
    const place = random.pick(places);
    const evidence = [quotes.pick(random)];
    if (random.chance(0.15)) evidence.push(quotes.pick(random));
    const [main] = evidence;
    const yesterday = main && quotes.textOf(main.source).includes('أمس') && random.chance(0.2);

    const event: Event = {
      id: `ev-${String(k).padStart(6, '0')}-${subtype}`,
      type,
      subtype,
      date: date.edtf,
      dateBasis: yesterday
        ? { words: ['أمس'], reasoning: '«أمس» resolved against the publication date of the article.' }
        : { words: [], reasoning: 'Synthetic date drawn for the benchmark.' },
      actors: [
        { actor: agent.id, role: type === 'meeting' ? 'participant' : 'agent' },
        { actor: target.id, role: type === 'meeting' ? 'participant' : 'target' },
      ],
      attribution: type === 'statement' || !pools.media.length ? [agent.id] : [random.pick(pools.media).id],
      status: statusOf(type, subtype, random),
      places: random.chance(0.85) ? [place.id] : [],
      figures: figuresOf(type, random),
      summary: summarize(type, subtype, { agent: agent.name, target: target.name, place: place.name }),
      relations: [],
      evidence,
    };
    if (answered) event.relations.push({ type: 'denies', event: answered.event.id });
    else if (subtype === 'position' && statements.length > 0 && random.chance(0.1)) {
      event.relations.push({ type: 'responds-to', event: random.pick(statements).id });
    }
    if (subtype === 'accusation') accusations.push({ event, day: date.day });
    if (type === 'statement') statements.push(event);
    events.push(event);
  }
  return events;
}
