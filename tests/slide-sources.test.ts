import { describe, expect, it } from 'vitest';
import type { ResolvedEvent } from '../src/lib/model/resolve.ts';
import { citedSourceIds, slideSources } from '../src/lib/model/slide-sources.ts';
import { bundledDataset } from './helpers/bundled-dataset.ts';

const dataset = bundledDataset();
const ids = (sources: readonly { id: string }[]) => sources.map((s) => s.id);
const withAlternative = dataset.events.find((e) => e.alternativeDates?.length) as ResolvedEvent;
const twoArticles = dataset.events.find((e) => new Set(e.evidence.map((x) => x.source)).size > 1) as ResolvedEvent;

describe('citedSourceIds(event)', () => {
  it('names the articles of its evidence and of any other date given for it', () => {
    const cited = citedSourceIds(withAlternative);
    for (const evidence of withAlternative.evidence) expect(cited).toContain(evidence.source);
    for (const alternative of withAlternative.alternativeDates ?? []) expect(cited).toContain(alternative.source);
  });
});

describe('slideSources(content, sources)', () => {
  it("cites only the selected event's articles, oldest first", () => {
    const cited = slideSources({ selected: twoArticles, events: dataset.events }, dataset.sources);
    expect(ids(cited)).toEqual(
      [...new Set(twoArticles.evidence.map((x) => x.source))].sort((a, b) => {
        const pa = dataset.sources.find((s) => s.id === a)?.published ?? '';
        const pb = dataset.sources.find((s) => s.id === b)?.published ?? '';
        return pa.localeCompare(pb) || a.localeCompare(b);
      }),
    );
    const published = cited.map((s) => s.published);
    expect(published).toEqual([...published].sort());
  });

  it('with no selection, cites every article behind the events in the window, each once', () => {
    const window = { start: '2017-05-20', end: '2017-06-03' };
    const inWindow = dataset.events.filter((e) => e.date.end >= window.start && e.date.start <= window.end);
    const expected = new Set(inWindow.flatMap(citedSourceIds));
    const cited = slideSources({ selected: undefined, events: dataset.events, window }, dataset.sources);
    expect(new Set(ids(cited))).toEqual(expected);
    expect(cited).toHaveLength(expected.size);
  });

  it('cites nothing when no event is in the window', () => {
    const window = { start: '1990-01-01', end: '1990-01-31' };
    expect(slideSources({ selected: undefined, events: dataset.events, window }, dataset.sources)).toEqual([]);
  });

  it('with no window and no selection, cites every article an event cites', () => {
    const expected = new Set(dataset.events.flatMap(citedSourceIds));
    expect(new Set(ids(slideSources({ selected: undefined, events: dataset.events }, dataset.sources)))).toEqual(
      expected,
    );
  });
});
