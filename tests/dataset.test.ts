/**
 * The bundled dataset, checked as a reader would: every event's words are in its article at its offsets,
 * every reference resolves, every date is valid, every source is dated, every accusation names who accused
 * whom. The validator checks all of this too; these tests state it directly so that a weakened validator
 * cannot let the data slip.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../src/lib/model/edtf.ts';
import { COLLECTIONS } from '../src/lib/model/schema.ts';
import { articleReader, PROJECT_ROOT, validatePaths } from '../src/node/dataset-files.ts';

const result = validatePaths([]);
const dataset = result.dataset;
if (!dataset) throw new Error(`bundled dataset is invalid:\n${result.issues.map((i) => JSON.stringify(i)).join('\n')}`);
const read = articleReader();
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const actorIds = new Set(dataset.actors.map((a) => a.id));
const placeIds = new Set(dataset.places.map((p) => p.id));
const eventIds = new Set(dataset.events.map((e) => e.id));

describe('the bundled dataset', () => {
  it('validates with no issues', () => {
    expect(result.issues).toEqual([]);
  });

  it('has one source per article and well over fifty events', () => {
    expect(dataset.sources).toHaveLength(5);
    expect(dataset.events.length).toBeGreaterThan(50);
  });

  it.each(COLLECTIONS)('keeps data/%s.json pretty-printed and sorted by id', (name) => {
    const text = readFileSync(resolve(PROJECT_ROOT, 'data', `${name}.json`), 'utf8');
    const records = JSON.parse(text) as { id: string }[];
    expect(text).toBe(`${JSON.stringify(records, null, 2)}\n`);
    const ids = records.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('dates every source and says what the date rests on', () => {
    for (const source of dataset.sources) {
      expect(source.published).toMatch(/^20(15|17)-\d{2}-\d{2}$/);
      expect(source.publishedEvidence.length).toBeGreaterThan(80);
    }
  });

  it.each(dataset.events.map((e) => [e.id, e] as const))('%s: every quote is verbatim at its offsets', (_id, event) => {
    for (const evidence of event.evidence) {
      const source = sources.get(evidence.source);
      expect(source).toBeDefined();
      const text = read(source?.file ?? '') ?? '';
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      expect(evidence.start).toBeGreaterThanOrEqual(source?.body.start ?? Infinity);
      expect(evidence.end).toBeLessThanOrEqual(source?.body.end ?? -1);
    }
  });

  it('resolves every reference', () => {
    for (const event of dataset.events) {
      for (const { actor } of event.actors) expect(actorIds, `${event.id} actor ${actor}`).toContain(actor);
      for (const actor of event.attribution) expect(actorIds, `${event.id} attribution ${actor}`).toContain(actor);
      for (const place of event.places) expect(placeIds, `${event.id} place ${place}`).toContain(place);
      for (const relation of event.relations) expect(eventIds, `${event.id} relation`).toContain(relation.event);
    }
    for (const actor of dataset.actors) for (const parent of actor.memberOf) expect(actorIds).toContain(parent);
  });

  it('gives every event a valid date whose start is not after its end', () => {
    for (const event of dataset.events) {
      const parsed = parseEdtf(typeof event.date === 'string' ? event.date : event.date.edtf);
      expect(parsed.ok, event.id).toBe(true);
      if (parsed.ok) expect(parsed.value.start <= parsed.value.end, event.id).toBe(true);
    }
  });

  it('names an agent and a target for every accusation and denial', () => {
    const accusations = dataset.events.filter(
      (e) => e.type === 'statement' && (e.subtype === 'accusation' || e.subtype === 'denial'),
    );
    expect(accusations.length).toBeGreaterThan(10);
    for (const event of accusations) {
      expect(
        event.actors.some((a) => a.role === 'agent'),
        event.id,
      ).toBe(true);
      expect(
        event.actors.some((a) => a.role === 'target'),
        event.id,
      ).toBe(true);
    }
  });

  it('links every denial that answers a recorded accusation to it', () => {
    const denials = dataset.events.filter((e) => e.subtype === 'denial');
    const linked = denials.filter((e) => e.relations.some((r) => r.type === 'denies'));
    expect(linked.length).toBeGreaterThan(0);
  });

  it('keeps the Geneva communiqué date the article gives and flags it as wrong', () => {
    const flagged = dataset.events.filter((e) => e.evidence.some((q) => q.quote.includes('30 تموز 2012')));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.some((e) => /June 2012/.test(e.notes ?? ''))).toBe(true);
  });

  it('records sources that disagree on a date as an alternative, not by picking one', () => {
    expect(dataset.events.some((e) => (e.alternativeDates ?? []).length > 0)).toBe(true);
  });
});
