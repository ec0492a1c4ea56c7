// @vitest-environment jsdom
import { flushSync, mount, unmount } from 'svelte';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import EventList from '../src/components/EventList.svelte';
import { resolveDataset } from '../src/lib/model/resolve.ts';
import { Dataset } from '../src/lib/model/schema.ts';
import { fixture } from './helpers/fixture.ts';

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  document.body.innerHTML = '';
});

function render(d = fixture()) {
  const target = document.createElement('div');
  document.body.append(target);
  component = mount(EventList, { target, props: { dataset: resolveDataset(v.parse(Dataset, d)) } });
  flushSync();
  return target;
}

describe('EventList', () => {
  it('lists events by date with type, both summaries and the source', () => {
    const d = fixture();
    d.events[0]!.date = '2017-06-02';
    const items = [...render(d).querySelectorAll('li[data-event-id]')];
    expect(items.map((li) => li.getAttribute('data-event-id'))).toEqual([
      'mod-accuses-coalition-shelling-raqqa',
      'coalition-denies-shelling-raqqa',
    ]);
    const first = items[0]!;
    expect(first.querySelector('time')?.textContent).toBe('31 May 2017');
    expect(first.querySelector('.type')?.textContent).toBe('statement · accusation');
    expect(first.querySelector('[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
    expect(first.querySelector('.sources')?.textContent).toBe('Test Daily, 2017-06-01');
  });

  it('shows markup in a summary as text, never as elements', () => {
    const d = fixture();
    (d.events[1]!.summary as { en: string }).en = '<img src=x onerror="alert(1)">';
    const target = render(d);
    expect(target.querySelector('img')).toBeNull();
    expect(target.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
