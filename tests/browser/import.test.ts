/**
 * Importing through the browser, on the production build: the hostile corpus is refused with every problem
 * located, or — when valid — shown as inert text; no script runs, no CSP directive is broken and no request
 * leaves the machine; the previous data is intact after every refusal; the app's own exports import back;
 * and what is imported is kept on the device across reloads, without two tabs overwriting each other.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.ts';
import { ACLED_EXPORT_MAPPING } from '../../src/lib/import/acled-mapping.ts';
import { DEFAULT_LIMITS } from '../../src/lib/import/limits.ts';
import { hostileCorpus } from '../fixtures/hostile-corpus.ts';
import { appSession, axeViolations, saveScreenshot, type OpenedPage } from './harness.ts';

const session = appSession();
const BUNDLED_EVENTS = 118;

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app="ready"]');
  await page.waitForSelector('.timeline[data-ready="true"]');
}

async function openApp(query = ''): Promise<OpenedPage> {
  const opened = await session.open(query);
  await ready(opened.page);
  return opened;
}

/** The number of events the explore screen says it has. */
async function eventTotal(page: Page): Promise<number> {
  const text = (await page.locator('p.count').textContent()) ?? '';
  const total = /of (\d+) events/.exec(text)?.[1];
  if (total === undefined) throw new Error(`no event count in "${text}"`);
  return Number(total);
}

/** Waits until the explore screen shows `total` events and its timeline is drawn. */
async function showsTotal(page: Page, total: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelector('p.count')?.textContent?.includes(`of ${n} events`), total);
  await ready(page);
}

/** Waits until the import dialog has closed on an applied import and the new session is drawn. */
async function applied(page: Page): Promise<void> {
  await page.locator('dialog.import[open]').waitFor({ state: 'detached' });
  await ready(page);
}

async function openImport(page: Page): Promise<void> {
  await page.locator('.data-menu summary').click();
  await page.locator('[data-action="import"]').click();
  await page.locator('dialog.import[open]').waitFor();
}

type Upload = { name: string; mimeType: string; buffer: Buffer } | string;

async function choose(page: Page, files: Upload[]): Promise<void> {
  await page.locator('[data-testid="import-file"]').setInputFiles(files as never);
}

/** The codes of the problems the dialog lists. */
async function problemCodes(page: Page): Promise<string[]> {
  await page.locator('[data-testid="import-problems"]').waitFor();
  return page
    .locator('[data-testid="import-problems"] li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-code') ?? ''));
}

const upload = (name: string, buffer: Buffer, mimeType = 'application/octet-stream') => ({ name, mimeType, buffer });

/** Saves a download the page starts by clicking `selector`, and returns its text. */
async function downloaded(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

function clean(opened: OpenedPage): void {
  expect(opened.record.pageErrors).toEqual([]);
  expect(opened.record.consoleErrors).toEqual([]);
  expect(opened.record.cspViolations).toEqual([]);
  expect(opened.record.offMachineRequests).toEqual([]);
}

describe('importing the hostile corpus', () => {
  const corpus = hostileCorpus();
  const refused = corpus.filter((c) => c.codes.length > 0);

  // One page takes the whole corpus in turn, so each refusal is also checked against the ones before it:
  // after every file, the data shown is still the bundled dataset and nothing has run.
  let corpusPage: OpenedPage | undefined;
  const shared = async () => (corpusPage ??= await openApp());

  it.each(refused.map((c) => [c.name, c] as const))(
    'refuses %s, locating every problem, and changes nothing',
    async (_name, c) => {
      const { page } = await shared();
      await openImport(page);
      await choose(page, [upload(c.file, c.bytes)]);
      if (c.file.endsWith('.csv')) await page.locator('[data-action="import-check"]').click();
      const codes = await problemCodes(page);
      for (const code of c.codes) expect(codes).toContain(code);
      // Every problem names its file and, where the file has lines, its place in it.
      const texts = await page.locator('[data-testid="import-problems"] li').allTextContents();
      for (const text of texts) expect(text).toMatch(new RegExp(`${c.file.replace('.', '\\.')}|mapping|one CSV`));
      expect(await page.locator('[data-action="import-apply"]').count()).toBe(0);
      await page.locator('[data-action="import-cancel"]').click();
      expect(await eventTotal(page)).toBe(BUNDLED_EVENTS);
      expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
      expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
    },
  );

  it('ran nothing, broke no policy and requested nothing off the machine while refusing the corpus', async () => {
    clean(await shared());
  });

  it('imports markup in every text field and shows it as text: nothing runs, loads or breaks the policy', async () => {
    const opened = await openApp();
    const { page } = opened;
    const markup = corpus.find((c) => c.codes.length === 0);
    if (!markup) throw new Error('the corpus has no clean case');
    await openImport(page);
    await choose(page, [upload(markup.file, markup.bytes)]);
    await page.locator('[data-testid="import-clean"]').waitFor();
    await page.locator('[data-action="import-apply"]').click();
    await applied(page);
    // Select an event so the panel, the graph highlight and the source reader all draw hostile text too.
    await page.locator('.table-area tr[data-event-id]').first().click();
    await page.locator('.timeline .vis-item').first().waitFor();
    const shown = await page.locator('body').innerText();
    expect(shown).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('img[src="x"], iframe, svg[onload], a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
    clean(opened);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const opened = await openApp();
    const { page } = opened;
    const path = join(mkdtempSync(join(tmpdir(), 'chronograph-')), 'huge.json');
    writeFileSync(path, Buffer.alloc(DEFAULT_LIMITS.maxBytes + 1, 0x20));
    await openImport(page);
    await choose(page, [path]);
    expect(await problemCodes(page)).toEqual(['file-too-large']);
    await page.locator('[data-action="import-cancel"]').click();
    expect(await eventTotal(page)).toBe(BUNDLED_EVENTS);
    clean(opened);
  });
});

describe('importing data', () => {
  it('imports its own JSON export back to the same records', async () => {
    const opened = await openApp();
    const { page } = opened;
    await page.locator('.data-menu summary').click();
    const exported = await downloaded(page, '[data-action="download-json"]');
    await openImport(page);
    await choose(page, [upload(exported.name, Buffer.from(exported.text))]);
    await page.locator('[data-testid="import-clean"]').waitFor();
    await page.locator('[data-action="import-apply"]').click();
    await applied(page);
    await page.locator('.data-menu summary').click();
    const again = await downloaded(page, '[data-action="download-json"]');
    expect(JSON.parse(again.text)).toEqual(JSON.parse(exported.text));
    clean(opened);
  });

  it('imports its own CSV export through the mapping step, remembering the mapping', async () => {
    const opened = await openApp();
    const { page } = opened;
    await page.locator('.data-menu summary').click();
    const csv = await downloaded(page, '[data-action="download-csv"]');
    await openImport(page);
    await choose(page, [upload(csv.name, Buffer.from(csv.text), 'text/csv')]);
    await page.locator('select[data-field="summaryEn"]').waitFor();
    expect(await page.locator('select[data-field="date"]').inputValue()).toBe('date_edtf');
    await page.locator('[data-action="import-check"]').click();
    await page.locator('[data-testid="import-clean"]').waitFor();
    await page.locator('[data-action="import-apply"]').click();
    await showsTotal(page, BUNDLED_EVENTS);
    await page.locator('.data-menu summary').click();
    const again = await downloaded(page, '[data-action="download-csv"]');
    expect(again.text).toBe(csv.text);
    clean(opened);
  });

  it('remembers a mapping chosen by hand and offers it for the next file', async () => {
    const opened = await openApp();
    const { page } = opened;
    await page.locator('.data-menu summary').click();
    const csv = await downloaded(page, '[data-action="download-csv"]');
    // Renamed columns: nothing is suggested, so every field is mapped by hand.
    const lines = csv.text.split('\r\n');
    lines[0] = (lines[0] ?? '')
      .split(',')
      .map((name) => `my_${name}`)
      .join(',');
    const renamed = Buffer.from(lines.join('\r\n'));
    await openImport(page);
    await choose(page, [upload('renamed.csv', renamed, 'text/csv')]);
    await page.locator('select[data-field="date"]').waitFor();
    expect(await page.locator('select[data-field="date"]').inputValue()).toBe('');
    for (const [field, column] of Object.entries(ACLED_EXPORT_MAPPING)) {
      await page.locator(`select[data-field="${field}"]`).selectOption(`my_${column}`);
    }
    await page.locator('[data-action="import-check"]').click();
    await page.locator('[data-testid="import-clean"]').waitFor();
    await page.locator('[data-action="import-apply"]').click();
    await applied(page);
    await openImport(page);
    await choose(page, [upload('renamed-again.csv', renamed, 'text/csv')]);
    await page.locator('select[data-field="date"]').waitFor();
    for (const [field, column] of Object.entries(ACLED_EXPORT_MAPPING)) {
      expect(await page.locator(`select[data-field="${field}"]`).inputValue()).toBe(`my_${column}`);
    }
    clean(opened);
  });

  it.each([
    ['en', ''],
    ['ar', '?lang=ar'],
  ])('has an accessible mapping step and problem list in %s', async (lang, query) => {
    const opened = await openApp(query);
    const { page } = opened;
    await openImport(page);
    await choose(page, [upload('semicolon.csv', Buffer.from('a;b\n1;2\n'), 'text/csv')]);
    await page.locator('select[data-field="date"]').waitFor();
    await page.locator('[data-testid="import-problems"]').waitFor();
    await saveScreenshot(page, `import-mapping-${lang}`);
    expect(await axeViolations(page, { include: 'dialog.import' })).toEqual([]);
    clean(opened);
  });

  it('opens the import on files dropped anywhere on the page', async () => {
    const opened = await openApp();
    const { page } = opened;
    await page.evaluate(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        for (const type of ['dragover', 'drop']) {
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      JSON.stringify(generateDataset({ events: 2100, actors: 50, seed: 9 })),
    );
    await page.locator('dialog.import[open] [data-testid="import-clean"]').waitFor();
    await page.locator('[data-action="import-apply"]').click();
    // Over 2,000 events the worker sends the result in chunks: all of them arrive.
    await showsTotal(page, 2100);
    clean(opened);
  });

  it('shows the verdict on collection files while the page prepares their events, and applies them all', async () => {
    const opened = await openApp();
    const { page } = opened;
    const generated = generateDataset({ events: 3000, actors: 60, seed: 12 });
    await openImport(page);
    // What the dialog drew while the page prepared the events: recorded as it happens, for it lasts a few tasks.
    await page.evaluate(() => {
      const drawn: string[] = [];
      (window as unknown as { drawn: string[] }).drawn = drawn;
      new MutationObserver(() => {
        if (!document.querySelector('[data-testid="import-preparing"]')) return;
        const apply = document.querySelector<HTMLButtonElement>('[data-action="import-apply"]');
        drawn.push(
          `${document.querySelector('[data-testid="import-clean"]')?.textContent?.trim()} | apply ${apply ? (apply.disabled ? 'disabled' : 'enabled') : 'none'}`,
        );
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await choose(
      page,
      (['sources', 'actors', 'places', 'events'] as const).map((name) =>
        upload(`${name}.json`, Buffer.from(JSON.stringify(generated[name])), 'application/json'),
      ),
    );
    await page.locator('[data-testid="import-clean"]').waitFor();
    await page.locator('[data-action="import-apply"]').click();
    await showsTotal(page, 3000);
    const drawn = await page.evaluate(() => (window as unknown as { drawn: string[] }).drawn);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn[0]).toBe('Clean: 3000 events, 60 actors. Apply to show them. | apply enabled');
    clean(opened);
  });

  it('imports the valid rows only when asked, and offers the rejected rows for download', async () => {
    const opened = await openApp();
    const { page } = opened;
    await page.locator('.data-menu summary').click();
    const csv = await downloaded(page, '[data-action="download-csv"]');
    const lines = csv.text.split('\n');
    // An event dated to a plain day has that day written twice: ACLED's event_date (the second cell, not
    // imported back) and the EDTF date after the free-text cells; the last copy is the one the import reads.
    const damaged = lines.findIndex((line, k) => {
      const day = line.split(',')[1] ?? '';
      return k > 0 && /^\d{4}-\d{2}-\d{2}$/.test(day) && line.lastIndexOf(`,${day},`) > line.indexOf(`,${day},`);
    });
    expect(damaged).toBeGreaterThan(0);
    const line = lines[damaged] ?? '';
    const day = line.split(',')[1] ?? '';
    const at = line.lastIndexOf(`,${day},`);
    lines[damaged] = `${line.slice(0, at)},2017-02-30,${line.slice(at + day.length + 2)}`;
    await openImport(page);
    await choose(page, [upload('damaged.csv', Buffer.from(lines.join('\n')), 'text/csv')]);
    await page.locator('[data-action="import-check"]').click();
    expect(await problemCodes(page)).toContain('date-impossible');
    expect(await page.locator('[data-action="import-apply"]').count()).toBe(0);
    await page.locator('dialog.import button', { hasText: 'Back' }).click();
    await page.locator('[data-testid="valid-rows-only"]').check();
    await page.locator('[data-action="import-check"]').click();
    await page.locator('[data-testid="import-clean"]').waitFor();
    const rejected = await downloaded(page, '[data-action="download-rejected"]');
    expect(rejected.text.split('\n').filter(Boolean)).toHaveLength(2);
    await page.locator('[data-action="import-apply"]').click();
    await showsTotal(page, BUNDLED_EVENTS - 1);
    clean(opened);
  });
});

describe('keeping the data on the device', () => {
  const generated = Buffer.from(JSON.stringify(generateDataset({ events: 300, actors: 50, seed: 7 })));

  /** Imports the generated 300-event dataset through the dialog and waits until it is drawn. */
  async function importGenerated(page: Page): Promise<void> {
    await openImport(page);
    await choose(page, [upload('generated.json', generated)]);
    await page.locator('[data-testid="import-clean"]').waitFor();
    await page.locator('[data-action="import-apply"]').click();
    await showsTotal(page, 300);
  }

  it('restores an import after a reload, and the bundled dataset on request', async () => {
    const opened = await openApp();
    const { page } = opened;
    await importGenerated(page);
    await page.reload();
    await showsTotal(page, 300);
    await page.locator('.data-menu summary').click();
    expect(await page.locator('.data-menu .showing').textContent()).toContain('generated.json');
    await page.locator('[data-action="restore-bundled"]').click();
    await showsTotal(page, BUNDLED_EVENTS);
    await page.reload();
    await showsTotal(page, BUNDLED_EVENTS);
    clean(opened);
  });

  it('keeps the reader’s own story across reloads', async () => {
    const opened = await openApp();
    const { page } = opened;
    await page.locator('[data-action="add-step"]').click();
    await page.locator('[data-action="add-step"]').click();
    const steps = page.locator('[data-action="remove-step"]');
    expect(await steps.count()).toBe(2);
    // Saves are throttled; the version shown in the data menu says when this one has reached the device.
    await page.waitForFunction(
      () => Number(document.querySelector('.data-menu .saved')?.getAttribute('data-version')) > 0,
    );
    await page.reload();
    await ready(page);
    expect(await steps.count()).toBe(2);
    clean(opened);
  });

  it('downloads a backup that imports back to the same data', async () => {
    const opened = await openApp();
    const { page } = opened;
    await importGenerated(page);
    await page.locator('.data-menu summary').click();
    const backup = await downloaded(page, '[data-action="download-backup"]');
    await page.locator('.data-menu summary').click();
    await page.locator('[data-action="restore-bundled"]').click();
    await showsTotal(page, BUNDLED_EVENTS);
    await openImport(page);
    await choose(page, [upload(backup.name, Buffer.from(backup.text))]);
    await page.locator('[data-action="import-apply"]').click();
    await showsTotal(page, 300);
    clean(opened);
  });

  it('keeps a second tab from overwriting the first one’s newer save', async () => {
    const first = await openApp();
    const second = await first.context.newPage();
    await second.goto(first.page.url());
    await ready(second);
    await importGenerated(first.page);
    const notice = second.locator('[data-testid="storage-notices"] [data-kind="other-tab"]');
    await notice.waitFor();
    // The second tab now restores the bundled dataset: it must not be saved over the first tab's import.
    await openImport(second);
    await choose(second, [
      upload('other.json', Buffer.from(JSON.stringify(generateDataset({ events: 120, actors: 50, seed: 8 })))),
    ]);
    await second.locator('[data-action="import-apply"]').click();
    await showsTotal(second, 120);
    await first.page.reload();
    await showsTotal(first.page, 300);
    clean(first);
  });

  it('shows a full disk as a storage error and keeps showing the import', async () => {
    const opened = await openApp();
    const { page, context } = opened;
    // The browser refuses every write, as it does when the origin's quota is used up.
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = refuse;
      IDBObjectStore.prototype.put = refuse;
    });
    await page.reload();
    await ready(page);
    await importGenerated(page);
    await page.locator('[data-testid="storage-notices"] [data-code="storage-quota"]').waitFor();
    const backup = await downloaded(page, '[data-testid="storage-notices"] button');
    expect(JSON.parse(backup.text).label).toBe('generated.json');
    clean(opened);
  });

  it('keeps stored data it cannot read, offers it for download and never writes over it', async () => {
    const opened = await openApp();
    const { page } = opened;
    await importGenerated(page);
    // Damage the newest stored snapshot behind the app's back, as a failing disk or another program might.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('chronograph');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('snapshots', 'readwrite');
            const store = tx.objectStore('snapshots');
            const keys = store.getAllKeys();
            keys.onsuccess = () => {
              const newest = keys.result.at(-1);
              if (newest !== undefined) store.put({ version: newest, savedAt: 'x', snapshot: { format: 99 } }, newest);
            };
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    await ready(page);
    await page.locator('[data-testid="storage-notices"] [data-kind="unreadable"]').waitFor();
    const raw = await downloaded(page, '[data-action="download-unreadable"]');
    expect(raw.text).toContain('"format": 99');
    clean(opened);
  });
});

describe('when the data worker fails', () => {
  /** The data worker's script, as the production build names it. */
  const DATA_WORKER = /\/assets\/data\.worker-[\w-]+\.js$/;

  it('says so at start-up, instead of loading for ever, when the worker cannot start', async () => {
    const opened = await session.open('', {
      beforeNavigation: async (page) => {
        await page.route(DATA_WORKER, (route) => route.fulfill({ status: 404, body: '' }));
      },
    });
    const alert = opened.page.locator('main.problems[role="alert"]');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('Chronograph failed while checking the data');
    expect(await alert.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/check-failed: the data worker failed: .*through no fault of theirs/),
    ]);
    expect(opened.record.pageErrors).toEqual([]);
  });

  it('shows a failure while checking an import as a problem, offers no Apply and changes nothing', async () => {
    // The worker runs as built for its first request (the bundled dataset) and fails every one after it, as a
    // defect in it would: its script is served wrapped in one that answers those requests with a failure.
    const opened = await session.open('', {
      beforeNavigation: async (page) => {
        await page.route(DATA_WORKER, async (route) =>
          route.fulfill({
            // The served headers are kept: a worker of this cross-origin isolated page must be served as one.
            response: await route.fetch(),
            body: [
              `import ${JSON.stringify(`${route.request().url()}?as-built`)};`,
              'const asBuilt = self.onmessage;',
              'let requests = 0;',
              'self.onmessage = (message) => {',
              '  requests += 1;',
              '  if (requests === 1) asBuilt(message);',
              "  else message.data.port.postMessage({ failure: 'a simulated defect' });",
              '};',
            ].join('\n'),
          }),
        );
      },
    });
    const { page } = opened;
    await ready(page);
    expect(await eventTotal(page)).toBe(BUNDLED_EVENTS);
    await page.locator('.data-menu summary').click();
    const exported = await downloaded(page, '[data-action="download-json"]');
    await openImport(page);
    await choose(page, [upload(exported.name, Buffer.from(exported.text))]);
    expect(await problemCodes(page)).toEqual(['check-failed']);
    expect(await page.locator('[data-testid="import-problems"] li').textContent()).toContain(
      'the data worker failed: a simulated defect',
    );
    expect(await page.locator('#import-problems').textContent()).toContain('Nothing was changed');
    expect(await page.locator('[data-action="import-apply"]').count()).toBe(0);
    await page.locator('[data-action="import-cancel"]').click();
    expect(await eventTotal(page)).toBe(BUNDLED_EVENTS);
    expect(opened.record.pageErrors).toEqual([]);
  });
});

describe('when a chosen file changes before it is read', () => {
  it('reports it as unreadable, naming it, offers no Apply and changes nothing', async () => {
    const opened = await openApp();
    const { page } = opened;
    await page.locator('.data-menu summary').click();
    const csv = await downloaded(page, '[data-action="download-csv"]');
    const path = join(mkdtempSync(join(tmpdir(), 'chronograph-')), 'events.csv');
    writeFileSync(path, csv.text);
    await openImport(page);
    await choose(page, [path]);
    await page.locator('select[data-field="summaryEn"]').waitFor();
    // Changed on disk while the reader maps its columns: the browser refuses to read it again.
    writeFileSync(path, `${csv.text}\n`);
    await page.locator('[data-action="import-check"]').click();
    expect(await problemCodes(page)).toEqual(['file-unreadable']);
    expect(await page.locator('[data-testid="import-problems"] li').textContent()).toMatch(
      /^events\.csv: file-unreadable: could not read the file: /,
    );
    expect(await page.locator('[data-action="import-apply"]').count()).toBe(0);
    await page.locator('[data-action="import-cancel"]').click();
    expect(await eventTotal(page)).toBe(BUNDLED_EVENTS);
    expect(opened.record.pageErrors).toEqual([]);
  });
});
