/**
 * A small, valid dataset built in memory, with its own short article, for tests that break one thing at a
 * time. `fixture()` returns a fresh deep copy each call.
 */
export const ARTICLE_FILE = 'seeds/fixture.txt';

/** The fixture's article: a headline, two paragraphs and page furniture at the end. */
export const ARTICLE = [
  'عنوان: موسكو تتهم التحالف',
  'اتهمت وزارة الدفاع الروسية التحالف الدولي أمس بقصف مدينة الرقة.',
  'ونفى التحالف ذلك. وقال التحالف إن الاتهام باطل. وقال التحالف إن الاتهام باطل.',
  'زر الذهاب إلى الأعلى',
].join('\n');

const quote = (text: string, occurrence = 0) => {
  let start = -1;
  for (let k = 0; k <= occurrence; k += 1) start = ARTICLE.indexOf(text, start + 1);
  return { start, end: start + text.length };
};

export const ACCUSATION_QUOTE = 'اتهمت وزارة الدفاع الروسية التحالف الدولي أمس بقصف مدينة الرقة';
export const DENIAL_QUOTE = 'ونفى التحالف ذلك';
export const BODY_END = ARTICLE.indexOf('زر الذهاب') - 1;

export interface FixtureDataset {
  sources: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  places: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

export function fixture(): FixtureDataset {
  return structuredClone({
    sources: [
      {
        id: 'fixture-article',
        file: ARTICLE_FILE,
        outlet: { en: 'Test Daily', ar: 'صحيفة الاختبار' },
        headline: { en: 'Moscow accuses the coalition', ar: 'موسكو تتهم التحالف' },
        language: 'ar',
        published: '2017-06-01',
        publishedEvidence: 'Made up for tests.',
        body: { start: 0, end: BODY_END },
      },
    ],
    actors: [
      {
        id: 'russia',
        name: { en: 'Russia', ar: 'روسيا' },
        aliases: { en: [], ar: ['موسكو'] },
        kind: 'state',
        memberOf: [],
        alignment: 'russia-allies',
      },
      {
        id: 'russian-mod',
        name: { en: 'Russian Ministry of Defence', ar: 'وزارة الدفاع الروسية' },
        aliases: { en: [], ar: [] },
        kind: 'organization',
        memberOf: ['russia'],
      },
      {
        id: 'us-led-coalition',
        name: { en: 'US-led coalition', ar: 'التحالف الدولي' },
        aliases: { en: [], ar: ['التحالف'] },
        kind: 'alliance',
        memberOf: [],
        alignment: 'us-coalition',
      },
    ],
    places: [{ id: 'raqqa', name: { en: 'Raqqa', ar: 'الرقة' }, kind: 'city', lat: 35.9528, lon: 39.0079 }],
    events: [
      {
        id: 'coalition-denies-shelling-raqqa',
        type: 'statement',
        subtype: 'denial',
        date: '2017-05-31',
        dateBasis: { words: ['أمس'], reasoning: 'Same day as the accusation.' },
        actors: [
          { actor: 'us-led-coalition', role: 'agent' },
          { actor: 'russian-mod', role: 'target' },
        ],
        attribution: ['us-led-coalition'],
        status: 'claimed',
        places: [],
        figures: [],
        summary: { en: 'The coalition denied it.', ar: 'نفى التحالف ذلك.' },
        relations: [{ type: 'denies', event: 'mod-accuses-coalition-shelling-raqqa' }],
        evidence: [{ source: 'fixture-article', quote: DENIAL_QUOTE, ...quote(DENIAL_QUOTE) }],
      },
      {
        id: 'mod-accuses-coalition-shelling-raqqa',
        type: 'statement',
        subtype: 'accusation',
        date: '2017-05-31',
        dateBasis: { words: ['أمس'], reasoning: '«أمس» in an article of 1 June 2017.' },
        actors: [
          { actor: 'russian-mod', role: 'agent' },
          { actor: 'us-led-coalition', role: 'target' },
        ],
        attribution: ['russian-mod'],
        status: 'alleged',
        places: ['raqqa'],
        figures: [{ what: 'killed', value: 80, qualifier: 'more-than' }],
        summary: { en: 'The MoD accused the coalition of shelling Raqqa.', ar: 'اتهمت الوزارة التحالف بقصف الرقة.' },
        relations: [],
        evidence: [{ source: 'fixture-article', quote: ACCUSATION_QUOTE, ...quote(ACCUSATION_QUOTE) }],
      },
    ],
  });
}

/** Offsets of the n-th occurrence of a passage in the fixture article. */
export function offsetsOf(text: string, occurrence = 0): { start: number; end: number } {
  return quote(text, occurrence);
}

/** Reads the fixture article (and nothing else). */
export const readFixtureArticle = (file: string): string | undefined => (file === ARTICLE_FILE ? ARTICLE : undefined);
