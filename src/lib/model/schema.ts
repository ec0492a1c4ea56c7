/**
 * The data contract: the one definition of a Chronograph dataset. The TypeScript types below are inferred
 * from these schemas, and `npm run schema` writes the JSON Schema that editors use from them, so the shape of
 * a record is stated here and nowhere else.
 *
 * Every check that looks at one value on its own lives here; checks that compare records (duplicate ids,
 * references, cycles, quotes against the article text) live in `validate.ts`. A failed check's message is a
 * stable error code from `codes.ts`.
 */
import * as v from 'valibot';
import { parseEdtf, isIsoDay } from './edtf.ts';
import { BIDI_CONTROL, CONTROL, INVISIBLE, MAX_LENGTH, hasLoneSurrogate, isBlank } from './text.ts';

/** Text shown to people: visible, free of control characters and lone surrogates, and not too long. */
function text(max: number, { names = false, blank = false } = {}) {
  return v.pipe(
    v.string('wrong-type'),
    v.check((s) => !hasLoneSurrogate(s), 'text-lone-surrogate'),
    v.check((s) => !CONTROL.test(s), 'text-control-character'),
    v.check((s) => blank || !isBlank(s), 'text-blank'),
    v.check((s) => s.length <= max, 'text-too-long'),
    // Names are shown in lists next to each other, where a direction override or an invisible joiner
    // can make one name pass for another; free prose may legitimately hold a right-to-left mark.
    v.check((s) => !names || !BIDI_CONTROL.test(s), 'text-bidi-control'),
    v.check((s) => !names || !INVISIBLE.test(s), 'text-invisible-character'),
  );
}

/** A stable, readable slug such as `lavrov-accuses-coalition-2015-11-17`. */
export const Id = v.pipe(
  v.string('wrong-type'),
  v.check((s) => !BIDI_CONTROL.test(s) && !INVISIBLE.test(s), 'id-invisible-character'),
  v.check((s) => s.length <= MAX_LENGTH.id, 'text-too-long'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id-syntax'),
);

/** The same text in English and in Arabic. */
function localized(max: number, options?: { names?: boolean; blank?: boolean }) {
  return v.strictObject({ en: text(max, options), ar: text(max, options) }, 'wrong-type');
}

/** A calendar day, `YYYY-MM-DD`. */
const IsoDay = v.pipe(v.string('wrong-type'), v.check(isIsoDay, 'date-syntax'));

/** An EDTF level-1 value; the parser says what is wrong with a bad one. */
export const Edtf = v.pipe(
  v.string('wrong-type'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const parsed = parseEdtf(dataset.value);
    if (!parsed.ok) addIssue({ message: parsed.error.code, received: parsed.error.message });
  }),
);

/**
 * An event's date as `export` prints it: the EDTF value with the first and last day it allows. A dataset
 * document may carry dates in this form; the validator checks that start and end agree with the value.
 */
export const ResolvedDate = v.strictObject(
  {
    edtf: Edtf,
    start: IsoDay,
    end: IsoDay,
    precision: v.optional(v.picklist(['year', 'season', 'month', 'day'], 'invalid-value')),
    uncertain: v.optional(v.boolean('wrong-type')),
    approximate: v.optional(v.boolean('wrong-type')),
    interval: v.optional(v.boolean('wrong-type')),
  },
  'wrong-type',
);

export const LANGUAGES = ['ar', 'en'] as const;

/** One news article, the unit of provenance. */
export const Source = v.strictObject(
  {
    /** Stable id, e.g. `watan-2017-06-01`. */
    id: Id,
    /** The article's text file, relative to the project root: `seeds/…`. */
    file: v.pipe(v.string('wrong-type'), v.regex(/^seeds\/[A-Za-z0-9_.-]+\.txt$/, 'source-file-syntax')),
    /** The outlet that published it, as far as the text shows. */
    outlet: localized(MAX_LENGTH.name, { names: true }),
    /** The article's headline (the first line of content, translated in `en`). */
    headline: localized(MAX_LENGTH.summary),
    /** The article's language (ISO 639-1). */
    language: v.picklist(LANGUAGES, 'invalid-value'),
    /** Day of publication, established from the content; see `publishedEvidence`. */
    published: IsoDay,
    /** What the publication date rests on: relative dates in the text, weekdays, other reporting. */
    publishedEvidence: text(MAX_LENGTH.note),
    /** The article's content as offsets into the file; what lies outside is web-page furniture. */
    body: v.strictObject(
      {
        /** Offset of the first character of content (a JavaScript string index). */
        start: v.pipe(v.number('wrong-type'), v.integer('wrong-type'), v.minValue(0, 'offset-out-of-range')),
        /** Offset just past the last character of content. */
        end: v.pipe(v.number('wrong-type'), v.integer('wrong-type'), v.minValue(0, 'offset-out-of-range')),
      },
      'wrong-type',
    ),
  },
  'wrong-type',
);

export const ACTOR_KINDS = ['person', 'organization', 'state', 'alliance', 'armed-group', 'media', 'other'] as const;

/** Sides in the conflict, used to colour the accusation graph. */
export const ALIGNMENTS = ['russia-allies', 'us-coalition', 'sdf-kurdish', 'isis', 'other'] as const;

/** Anyone who acts, speaks, is accused or is cited. */
export const Actor = v.strictObject(
  {
    /** Stable id, e.g. `sergey-lavrov`. */
    id: Id,
    /** Display name. */
    name: localized(MAX_LENGTH.name, { names: true }),
    /** Every spelling the articles use, so that search finds them all. */
    aliases: v.strictObject(
      {
        en: v.array(text(MAX_LENGTH.name, { names: true }), 'wrong-type'),
        ar: v.array(text(MAX_LENGTH.name, { names: true }), 'wrong-type'),
      },
      'wrong-type',
    ),
    /** What sort of actor it is. */
    kind: v.picklist(ACTOR_KINDS, 'invalid-value'),
    /** Actors this one belongs to, nearest first (the first one is the roll-up parent). */
    memberOf: v.array(Id, 'wrong-type'),
    /** Side in the conflict; when absent it is inherited through `memberOf`. */
    alignment: v.optional(v.picklist(ALIGNMENTS, 'invalid-value')),
    /** Wikidata item, e.g. `Q159` for Russia. */
    wikidata: v.optional(v.pipe(v.string('wrong-type'), v.regex(/^Q[1-9]\d*$/, 'wikidata-syntax'))),
  },
  'wrong-type',
);

export const PLACE_KINDS = ['city', 'town', 'region', 'country', 'river', 'site', 'other'] as const;

/** A place events happen at or are aimed at. */
export const Place = v.strictObject(
  {
    /** Stable id, e.g. `raqqa`. */
    id: Id,
    /** Display name. */
    name: localized(MAX_LENGTH.name, { names: true }),
    /** What sort of place it is. */
    kind: v.picklist(PLACE_KINDS, 'invalid-value'),
    /** Latitude, WGS84 degrees. */
    lat: v.pipe(
      v.number('wrong-type'),
      v.minValue(-90, 'coordinate-out-of-range'),
      v.maxValue(90, 'coordinate-out-of-range'),
    ),
    /** Longitude, WGS84 degrees. */
    lon: v.pipe(
      v.number('wrong-type'),
      v.minValue(-180, 'coordinate-out-of-range'),
      v.maxValue(180, 'coordinate-out-of-range'),
    ),
    /** Wikidata item. */
    wikidata: v.optional(v.pipe(v.string('wrong-type'), v.regex(/^Q[1-9]\d*$/, 'wikidata-syntax'))),
  },
  'wrong-type',
);

/** The closed list of subtypes for each event type, named after PLOVER/CAMEO where they have a name. */
export const SUBTYPES = {
  statement: ['accusation', 'denial', 'claim', 'warning', 'announcement', 'position', 'report'],
  meeting: ['talks', 'visit', 'press-conference', 'call', 'summit', 'agreement'],
  strike: ['airstrike', 'missile', 'shelling'],
  convoy: ['withdrawal', 'evacuation', 'flight', 'supply'],
  attack: ['bombing', 'assault'],
  milestone: ['operation-start', 'capture', 'agreement', 'decision', 'death'],
} as const;

export type EventType = keyof typeof SUBTYPES;
export const EVENT_TYPES = Object.keys(SUBTYPES) as EventType[];

export const ROLES = ['agent', 'target', 'participant', 'mentioned'] as const;
export const STATUSES = ['confirmed', 'claimed', 'alleged', 'denied', 'planned'] as const;
export const RELATION_TYPES = ['denies', 'responds-to', 'part-of'] as const;
export const QUALIFIERS = [
  'exact',
  'about',
  'at-least',
  'more-than',
  'up-to',
  'dozens',
  'hundreds',
  'thousands',
] as const;

/** What a figure counts: a closed list, so that every view can name it in both languages. */
export const FIGURE_KINDS = [
  'killed',
  'civilian-victims',
  'families',
  'sites-targeted',
  'exit-attempts-foiled',
  'residential-areas-liberated',
  'sorties-planned',
  'sorties-flown',
  'vehicles-destroyed',
  'tankers-destroyed',
  'armed-pickups-destroyed',
  'command-centres-destroyed',
  'ammunition-depots-destroyed',
  'training-camps-destroyed',
  'missiles-fired',
] as const;

/** A passage of an article that an event rests on (W3C TextQuoteSelector plus TextPositionSelector). */
export const Evidence = v.strictObject(
  {
    /** The source (article) id. */
    source: Id,
    /** The exact code points of the passage. */
    quote: v.pipe(
      text(MAX_LENGTH.quote),
      v.check((s) => s.trim() === s, 'quote-untrimmed'),
    ),
    /** Offset of the quote's first character in the file's text (a JavaScript string index). */
    start: v.pipe(v.number('wrong-type'), v.integer('wrong-type'), v.minValue(0, 'offset-out-of-range')),
    /** Offset just past the quote's last character. */
    end: v.pipe(v.number('wrong-type'), v.integer('wrong-type'), v.minValue(0, 'offset-out-of-range')),
    /** Text just before the quote, required when the quote occurs more than once in the article. */
    prefix: v.optional(v.string('wrong-type')),
    /** Text just after the quote, an alternative to `prefix` for telling occurrences apart. */
    suffix: v.optional(v.string('wrong-type')),
  },
  'wrong-type',
);

/** A number the article gives, as a number, with how exact the article says it is. */
export const Figure = v.strictObject(
  {
    /** What is counted: `killed`, `vehicles-destroyed`, `sorties-flown` … (see FIGURE_KINDS). */
    what: v.picklist(FIGURE_KINDS, 'invalid-value'),
    /** The count. */
    value: v.pipe(v.number('wrong-type'), v.finite('wrong-type'), v.minValue(0, 'figure-negative')),
    /** How the article qualifies it: "more than 80" is `more-than` 80. */
    qualifier: v.picklist(QUALIFIERS, 'invalid-value'),
  },
  'wrong-type',
);

/** One event: a strike, convoy, statement, meeting, attack or milestone. */
export const Event = v.pipe(
  v.strictObject(
    {
      /** Stable, readable slug. */
      id: Id,
      /** Kind of event. */
      type: v.picklist(EVENT_TYPES, 'invalid-value'),
      /** Finer kind, from the closed list for `type`. */
      subtype: v.pipe(v.string('wrong-type'), v.regex(/^[a-z]+(?:-[a-z]+)*$/, 'invalid-value')),
      /** When it happened: EDTF, or the resolved form `export` prints. */
      date: v.union([Edtf, ResolvedDate], 'wrong-type'),
      /** The article's words that fix the date, and how they were resolved against the publication date. */
      dateBasis: v.strictObject(
        {
          /** Verbatim words from the evidence's articles («أمس», «السبت الماضي» …); empty when the date is inferred. */
          words: v.array(text(MAX_LENGTH.name), 'wrong-type'),
          /** How the words were resolved, in English. */
          reasoning: text(MAX_LENGTH.note),
        },
        'wrong-type',
      ),
      /** Other dates a source gives for the same event, kept rather than silently dropped. */
      alternativeDates: v.optional(
        v.array(
          v.strictObject(
            {
              date: Edtf,
              source: Id,
              reasoning: text(MAX_LENGTH.note),
            },
            'wrong-type',
          ),
          'wrong-type',
        ),
      ),
      /** Who took part, and how. */
      actors: v.array(
        v.strictObject({ actor: Id, role: v.picklist(ROLES, 'invalid-value') }, 'wrong-type'),
        'wrong-type',
      ),
      /** The actors by whose account the event is known. */
      attribution: v.pipe(v.array(Id, 'wrong-type'), v.minLength(1, 'attribution-missing')),
      /** How established the event is. */
      status: v.picklist(STATUSES, 'invalid-value'),
      /** Where it happened or was aimed. */
      places: v.array(Id, 'wrong-type'),
      /** Numbers the article gives. */
      figures: v.array(Figure, 'wrong-type'),
      /** One-sentence summary. */
      summary: localized(MAX_LENGTH.summary),
      /** Links to other events. */
      relations: v.array(
        v.strictObject({ type: v.picklist(RELATION_TYPES, 'invalid-value'), event: Id }, 'wrong-type'),
        'wrong-type',
      ),
      /** The passages the event rests on; at least one. */
      evidence: v.pipe(v.array(Evidence, 'wrong-type'), v.minLength(1, 'evidence-missing')),
      /** Curator's remarks, e.g. a date the article gets wrong against the historical record. */
      notes: v.optional(text(MAX_LENGTH.note)),
    },
    'wrong-type',
  ),
  v.forward(
    v.check((e) => (SUBTYPES[e.type] as readonly string[]).includes(e.subtype), 'subtype-mismatch'),
    ['subtype'],
  ),
);

export type Source = v.InferOutput<typeof Source>;
export type Actor = v.InferOutput<typeof Actor>;
export type Place = v.InferOutput<typeof Place>;
export type Event = v.InferOutput<typeof Event>;
export type Evidence = v.InferOutput<typeof Evidence>;
export type Figure = v.InferOutput<typeof Figure>;
export type ResolvedDate = v.InferOutput<typeof ResolvedDate>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];
export type Role = (typeof ROLES)[number];
export type Status = (typeof STATUSES)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];

/** The four collections, each a file `data/<name>.json` holding an array sorted by id. */
export const COLLECTIONS = ['sources', 'actors', 'places', 'events'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const RECORD_SCHEMAS = { sources: Source, actors: Actor, places: Place, events: Event } as const;

/** A whole dataset, as `export` prints it and as a dataset document holds it. */
export const Dataset = v.strictObject(
  {
    sources: v.array(Source, 'wrong-type'),
    actors: v.array(Actor, 'wrong-type'),
    places: v.array(Place, 'wrong-type'),
    events: v.array(Event, 'wrong-type'),
  },
  'wrong-type',
);

/** A validated dataset, before dates are resolved. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly events: readonly Event[];
}

/** One step of a story: a saved view of the explore screen, with what to say about it. */
export const StoryStep = v.strictObject(
  {
    /** The view as the explore screen's URL query (`?event=…&start=…&end=…&level=state`), or `` for the default. */
    view: v.pipe(v.string('wrong-type'), v.regex(/^(\?.*)?$/, 'story-view-syntax'), v.maxLength(2000, 'text-too-long')),
    /** What the audience reads under the figure. */
    caption: localized(MAX_LENGTH.summary),
    /** What the presenter says; shown only to the presenter. A step added on the explore screen starts without. */
    notes: localized(MAX_LENGTH.note, { blank: true }),
  },
  'wrong-type',
);

/** A briefing: a title and a sequence of saved views. */
export const Story = v.strictObject(
  {
    /** Stable id, e.g. `may-june-2017-convoys`. */
    id: Id,
    title: localized(MAX_LENGTH.name),
    /** One or two sentences on what the story shows. */
    summary: localized(MAX_LENGTH.summary),
    steps: v.pipe(v.array(StoryStep, 'wrong-type'), v.minLength(1, 'story-empty')),
  },
  'wrong-type',
);

export type Story = v.InferOutput<typeof Story>;
export type StoryStep = v.InferOutput<typeof StoryStep>;
