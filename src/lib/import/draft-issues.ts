/**
 * The validator locates a problem by a JSON pointer into the record it checked; an import's reader needs
 * the row and column of the CSV. This maps one to the other through the column mapping: the pointer's field
 * names the mapped field, the field names the column, the row the draft came from names the row.
 */
import type { Issue } from '../model/issue.ts';
import type { ImportField } from './acled-mapping.ts';
import type { EventDraft } from './event-draft.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';

/** Fields of an event record and the mapped field each is read from, most specific first. */
const FIELD_BY_POINTER: readonly (readonly [string, ImportField])[] = [
  ['/id', 'id'],
  ['/date', 'date'],
  ['/type', 'type'],
  ['/subtype', 'subtype'],
  ['/dateBasis/words', 'dateWords'],
  ['/dateBasis', 'dateReasoning'],
  ['/attribution', 'attribution'],
  ['/status', 'status'],
  ['/places', 'location'],
  ['/figures/0/qualifier', 'fatalitiesQualifier'],
  ['/figures', 'fatalities'],
  ['/summary/ar', 'summaryAr'],
  ['/summary', 'summaryEn'],
  ['/evidence/0/source', 'evidenceSource'],
  ['/evidence/0/start', 'evidenceStart'],
  ['/evidence/0/end', 'evidenceEnd'],
  ['/evidence/0/prefix', 'evidencePrefix'],
  ['/evidence/0/suffix', 'evidenceSuffix'],
  ['/evidence', 'evidenceQuote'],
  ['/notes', 'notes'],
];

/** Parts of a record a JSON cell holds whole; when that cell is mapped, its problems are located there. */
const JSON_FIELD_BY_POINTER: readonly (readonly [string, ImportField])[] = [
  ['/dateBasis/words', 'dateWordsJson'],
  ['/alternativeDates', 'alternativeDatesJson'],
  ['/figures', 'figuresJson'],
  ['/evidence', 'evidenceJson'],
  ['/relations', 'relationsJson'],
];

/** The mapped field a pointer within a draft's record comes from. */
export function fieldOfPointer(draft: EventDraft, at: string): ImportField {
  const within = (prefix: string) => at === prefix || at.startsWith(`${prefix}/`);
  const json = JSON_FIELD_BY_POINTER.find(([prefix, field]) => within(prefix) && draft.source.values[field]);
  if (json) return json[1];
  const actor = /^\/actors\/(\d+)/.exec(at);
  if (actor) return draft.actorFields[Number(actor[1])] ?? 'agent';
  if (at === '/actors' || at.startsWith('/actors/')) return 'agent';
  return FIELD_BY_POINTER.find(([prefix]) => within(prefix))?.[1] ?? 'id';
}

/** A validator issue about a draft's record, relocated to the CSV cell it was read from. */
export function draftIssue(draft: EventDraft, issue: Issue, recordPointer: string, file: string): ImportIssue {
  const at = issue.pointer.slice(recordPointer.length);
  const field = fieldOfPointer(draft, at);
  const cell = draft.source.values[field];
  return importIssue({
    code: issue.code,
    message: issue.message,
    file,
    pointer: at,
    record: issue.record ?? (draft.id === '' ? undefined : draft.id),
    position: (cell ?? draft.source.row).position,
    row: draft.source.row.row,
    field,
    ...(cell ? { cell: cell.cell, header: cell.header } : {}),
  });
}
