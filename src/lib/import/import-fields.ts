/**
 * The Chronograph fields a CSV column can be mapped to. Most hold one flat value, as ACLED-style files give
 * them; six hold JSON, as Chronograph's own export writes what a flat column cannot hold exactly — actors
 * with their roles, several passages of evidence, relations between events, alternative dates, any figure,
 * date words that may contain the list separator. A JSON field supersedes the flat fields that say the same
 * thing less exactly: when it is mapped, they are not read, even if they are mapped too, so that two
 * columns can never disagree about one fact.
 */

/** The fields a column can be mapped to, in the order a mapping step lists them. */
export const IMPORT_FIELD_NAMES = [
  'id',
  'date',
  'type',
  'subtype',
  'agent',
  'target',
  'actorsJson',
  'location',
  'latitude',
  'longitude',
  'fatalities',
  'fatalitiesQualifier',
  'figuresJson',
  'summaryEn',
  'summaryAr',
  'status',
  'attribution',
  'dateWords',
  'dateWordsJson',
  'dateReasoning',
  'alternativeDatesJson',
  'evidenceSource',
  'evidenceQuote',
  'evidenceStart',
  'evidenceEnd',
  'evidencePrefix',
  'evidenceSuffix',
  'evidenceJson',
  'relationsJson',
  'notes',
] as const;

export type ImportField = (typeof IMPORT_FIELD_NAMES)[number];

/** What the mapping step and the importer know about a field. */
export interface ImportFieldInfo {
  /** Whether it must be mapped (unless the field that supersedes it is). */
  readonly required: boolean;
  /** What its cells hold, for people. */
  readonly holds: string;
  /** The JSON field read instead of this one when both are mapped. */
  readonly supersededBy?: ImportField;
}

/** For each field: whether it must be mapped, what its cells hold, and what supersedes it. */
export const IMPORT_FIELDS: { readonly [F in ImportField]: ImportFieldInfo } = {
  id: { required: true, holds: 'the event id, a slug such as mod-accuses-coalition-2017-05-31' },
  date: { required: true, holds: 'an EDTF date: 2017-05-31, 2017-05, 2017-05-29/2017-05-30, 2017-05-31~' },
  type: { required: true, holds: 'statement, meeting, strike, convoy, attack or milestone' },
  subtype: { required: true, holds: 'a subtype from the list for the type, such as accusation or airstrike' },
  agent: {
    required: false,
    holds: 'the acting actors (ACLED actor1): ids or English names, separated by ;',
    supersededBy: 'actorsJson',
  },
  target: {
    required: false,
    holds: 'the actors acted on or accused (ACLED actor2): ids or English names, separated by ;',
    supersededBy: 'actorsJson',
  },
  actorsJson: {
    required: false,
    holds: 'each actor with its role, as JSON: [{"actor":"russian-mod","role":"agent"}]; read instead of agent, target',
  },
  location: { required: false, holds: 'place ids or English names, separated by ;' },
  latitude: { required: false, holds: "the first place's latitude, checked against the dataset's" },
  longitude: { required: false, holds: "the first place's longitude, checked against the dataset's" },
  fatalities: {
    required: false,
    holds: 'the number killed, a whole number; 0 or empty for none given',
    supersededBy: 'figuresJson',
  },
  fatalitiesQualifier: {
    required: false,
    holds: 'how exact that number is: exact, about, at-least, more-than …',
    supersededBy: 'figuresJson',
  },
  figuresJson: {
    required: false,
    holds: 'every figure, as JSON: [{"what":"killed","value":80,"qualifier":"more-than"}]; read instead of fatalities',
  },
  summaryEn: { required: true, holds: 'a one-sentence summary in English (ACLED notes)' },
  summaryAr: { required: true, holds: 'the same summary in Arabic' },
  status: { required: true, holds: 'confirmed, claimed, alleged, denied or planned' },
  attribution: { required: true, holds: 'whose account it is: actor ids or English names, separated by ;' },
  dateWords: {
    required: false,
    holds: "the article's words that fix the date, separated by ;",
    supersededBy: 'dateWordsJson',
  },
  dateWordsJson: {
    required: false,
    holds: 'the words that fix the date, as a JSON array of strings; read instead of dateWords',
  },
  dateReasoning: { required: true, holds: 'how the date was established, in English' },
  alternativeDatesJson: {
    required: false,
    holds: 'other dates sources give, as JSON: [{"date":"2017-05-30","source":"…","reasoning":"…"}]; empty for none',
  },
  evidenceSource: {
    required: true,
    holds: 'the id of the source (article) the event rests on',
    supersededBy: 'evidenceJson',
  },
  evidenceQuote: { required: true, holds: "the article's exact words", supersededBy: 'evidenceJson' },
  evidenceStart: { required: true, holds: 'the offset of the quote in the article file', supersededBy: 'evidenceJson' },
  evidenceEnd: { required: true, holds: 'the offset just past the quote', supersededBy: 'evidenceJson' },
  evidencePrefix: {
    required: false,
    holds: 'text just before the quote, when the quote occurs more than once',
    supersededBy: 'evidenceJson',
  },
  evidenceSuffix: {
    required: false,
    holds: 'text just after the quote, an alternative to the prefix',
    supersededBy: 'evidenceJson',
  },
  evidenceJson: {
    required: false,
    holds: 'the passages cited, as JSON: [{"source":"…","quote":"…","start":12,"end":40}]; read instead of evidence*',
  },
  relationsJson: { required: false, holds: 'links to other events, as JSON: [{"type":"denies","event":"…"}]' },
  notes: { required: false, holds: "curator's remarks" },
};
