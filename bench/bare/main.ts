/**
 * The benchmark's baseline: the same events as the app shows, as plain vis-timeline items
 * `{ id, content, start, end? }` with vis-timeline's default options, so every timeline figure of the app has
 * a ratio to what vis-timeline does on its own. It reads the site's `data/events.json`, and marks the page
 * for the benchmark's probe: `data-bare-data` once the items are built, `data-bare-ready` once drawn.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { parseEdtf } from '../../src/lib/model/edtf.ts';

interface BareItem {
  id: string;
  content: string;
  start: Date;
  end?: Date;
}

const DAY = 86_400_000;
const field = (record: unknown, name: string): unknown =>
  record !== null && typeof record === 'object' ? Reflect.get(record, name) : undefined;

/** One event as an item; the data was validated by the app's rules when it was generated. */
function toItem(event: unknown): BareItem | undefined {
  const id = field(event, 'id');
  const date = field(event, 'date');
  const edtf = typeof date === 'string' ? date : field(date, 'edtf');
  const content = field(field(event, 'summary'), 'en');
  if (typeof id !== 'string' || typeof edtf !== 'string' || typeof content !== 'string') return undefined;
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return undefined;
  const start = new Date(`${parsed.value.start}T00:00:00Z`);
  if (parsed.value.start === parsed.value.end) return { id, content, start };
  return { id, content, start, end: new Date(Date.parse(`${parsed.value.end}T00:00:00Z`) + DAY) };
}

const container = document.getElementById('timeline');
if (!container) throw new Error('#timeline is missing');
const events: unknown = await (await fetch('../data/events.json')).json();
const items = (Array.isArray(events) ? events : []).map(toItem).filter((i): i is BareItem => i !== undefined);
container.dataset.bareData = 'true';
new Timeline(container, new DataSet(items), {
  onInitialDrawComplete: () => {
    container.dataset.bareReady = 'true';
  },
});
