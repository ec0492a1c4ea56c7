import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { datasetFile, planImport, type IncomingData } from '../src/lib/import/plan-import.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import { fixture, readFixtureArticle, type FixtureDataset } from './helpers/fixture.ts';

/** Freezes an object and everything it holds, so that any write to it throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const current = () => deepFreeze(v.parse(Dataset, fixture()));
const incoming = (d: FixtureDataset): IncomingData =>
  deepFreeze({ files: [{ file: 'incoming.json', text: JSON.stringify(d, null, 2) }], articles: readFixtureArticle });

describe('planImport(current, incoming)', () => {
  it('returns the incoming dataset as next when it validates clean, with what it changes', () => {
    const d = fixture();
    d.events.shift();
    const plan = planImport(current(), incoming(d));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.next.events.map((e) => e.id)).toEqual(['mod-accuses-coalition-shelling-raqqa']);
    expect(plan.changes.events).toEqual({ added: 0, removed: 1, changed: 0, unchanged: 1 });
    expect(plan.changes.actors).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 3 });
  });

  it('returns the issues and leaves current deep-equal to before when the incoming data has one fault', () => {
    const before = current();
    const copy = structuredClone(before);
    const d = fixture();
    d.events[0]!.date = '2017-02-30';
    const plan = planImport(before, incoming(d));
    expect(plan).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'date-impossible', pointer: '/events/0/date' })],
    });
    expect(before).toEqual(copy);
    expect(Object.isFrozen(before.events[0])).toBe(true);
  });

  it('never writes to frozen inputs, on success either', () => {
    const before = current();
    const copy = structuredClone(before);
    const input = incoming(fixture());
    const plan = planImport(before, input);
    expect(plan.ok).toBe(true);
    expect(before).toEqual(copy);
    if (plan.ok) expect(plan.next.events[0]).not.toBe(before.events[0]);
  });

  it('refuses an empty import, an unreadable file and a dataset whose articles are missing', () => {
    expect(planImport(current(), { files: [], articles: readFixtureArticle }).ok).toBe(false);
    const broken = planImport(current(), {
      files: [{ file: 'x.json', text: '{"sources": [' }],
      articles: readFixtureArticle,
    });
    expect(!broken.ok && broken.issues[0]?.code).toBe('json-syntax');
    const noArticles = planImport(current(), { files: incoming(fixture()).files, articles: () => undefined });
    expect(!noArticles.ok && noArticles.issues[0]?.code).toBe('source-file-missing');
  });

  it('accepts a validated dataset written back with datasetFile', () => {
    const plan = planImport(current(), { files: [datasetFile('again.json', current())], articles: readFixtureArticle });
    expect(plan.ok && plan.changes.events).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 2 });
  });
});
