/**
 * Helpers for tests that drive a real Chromium against the production build: launch the browser, serve
 * `dist/` on this machine, open a page that records everything a user would call broken, and keep
 * screenshots for review. Each test file owns its browser and server and closes them in `afterAll`.
 */
import AxeBuilder from '@axe-core/playwright';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';

/** The project's root folder, where `dist/` and `test-results/` are. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where Debian, Ubuntu and Google install Chromium; scripts/ensure-browser.mjs searches the same list. */
const DEFAULT_BROWSER_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Chromium flags for a machine with no network but localhost. Without the background-networking ones
 * Chromium keeps trying to reach Google's services and floods the closed network with refused connections.
 */
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The features Chromium runs without. Chromium reads only the last `--disable-features` switch, so this one,
 * passed after Playwright's, repeats Playwright's own list (as of playwright-core 1.65.1); `launchBrowser`
 * checks that it still covers it. Then the omnibox popups: a headless browser never shows them, yet renders
 * both, each in a renderer of its own, for every window, that is for every browser context: some two seconds
 * of CPU time per context, as much as the app's own renderer spends opening the app.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
];

/** Hosts that count as this machine; a request anywhere else is recorded and aborted. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The page-side name of the function through which the init script reports CSP violations. */
const CSP_BINDING = '__chronographReportCspViolation';

/** One Content-Security-Policy violation, as the page's `securitypolicyviolation` event describes it. */
export interface CspViolation {
  /** The directive that blocked something, e.g. `style-src-attr`. */
  directive: string;
  /** What was blocked: a URL, or `inline` / `eval` for code in the page. */
  blockedURI: string;
  /** Where the offending code is, as `file:line:column`, when the browser knows. */
  location: string;
  /** The first characters of the blocked code, when the policy asks for samples. */
  sample: string;
}

/** What went wrong on a page while a test used it; a clean page leaves every list empty. */
export interface PageRecord {
  /** Messages the page logged with `console.error`, or that the browser logged as errors for it. */
  consoleErrors: string[];
  /** Exceptions nothing in the page caught. */
  pageErrors: string[];
  /** Everything the Content-Security-Policy blocked. */
  cspViolations: CspViolation[];
  /** URLs of requests to any host but this machine; each was aborted. */
  offMachineRequests: string[];
}

/** Options for `openPage`. */
export interface PageOptions {
  /** The window size in CSS pixels; 1280×800 unless given. */
  viewport?: { width: number; height: number };
  /** The browser's language (`navigator.language`, `Accept-Language`); `en` unless given. */
  locale?: string;
  /** Runs on the new page before it is sent to the app, e.g. to route some of the app's requests elsewhere. */
  beforeNavigation?: (page: Page) => Promise<void>;
}

/** A page opened by `openPage`, with what it recorded; `close` ends its browser context. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  record: PageRecord;
  close: () => Promise<void>;
}

/** A running preview server for `dist/`. */
export interface PreviewServer {
  /** The app's address, ending in `/`. */
  url: string;
  close: () => Promise<void>;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to drive: `CHROMIUM_PATH` when set, else the first one installed in the usual places. */
export function browserPath(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return chosen;
  const found = DEFAULT_BROWSER_PATHS.find(isExecutable);
  if (!found) {
    throw new Error(
      `no Chromium at ${DEFAULT_BROWSER_PATHS.join(', ')}: run node scripts/ensure-browser.mjs, ` +
        'or point the tests at one with CHROMIUM_PATH=/path/to/chromium npm test',
    );
  }
  return found;
}

/**
 * The command lines of the browsers this process has started and that still run, read from /proc; none where
 * there is no /proc, or where the browser was started through a launcher that did not exec it.
 */
function startedBrowserCommandLines(): string[][] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: string[][] = [];
  for (const entry of entries.filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes('--remote-debugging-pipe')) found.push(args);
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/**
 * Throws when a `--disable-features` switch before the last one (Playwright's) names a feature that the last
 * one (`DISABLED_FEATURES`), the only one Chromium reads, leaves on.
 */
function checkDisabledFeatures(commandLine: readonly string[]): void {
  const lists = commandLine
    .filter((arg) => arg.startsWith('--disable-features='))
    .map((arg) => arg.slice('--disable-features='.length).split(','));
  const effective = new Set(lists.at(-1));
  const missing = lists
    .slice(0, -1)
    .flat()
    .filter((feature) => feature && !effective.has(feature));
  if (missing.length > 0) {
    throw new Error(
      `Chromium reads only the last --disable-features switch, which leaves on ${missing.join(', ')}: ` +
        'add them to DISABLED_FEATURES in tests/browser/harness.ts',
    );
  }
}

/** Launches headless Chromium with the flags this machine needs. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: browserPath(),
    args: [...BROWSER_ARGS, `--disable-features=${DISABLED_FEATURES.join(',')}`],
    headless: true,
  });
  try {
    for (const commandLine of startedBrowserCommandLines()) checkDisabledFeatures(commandLine);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * Serves the production build with Vite's own preview server on a free port of 127.0.0.1. It reads the
 * project's Vite config, so the headers and base path the tests see are the ones the app is deployed with.
 */
export async function startPreview(): Promise<PreviewServer> {
  if (!existsSync(resolve(PROJECT_ROOT, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run npm run build before the browser tests (npm test does)');
  }
  const server = await preview({
    root: PROJECT_ROOT,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('the preview server started but reported no local address');
  }
  return { url, close: () => server.close() };
}

/** Whether a request stays on this machine; data and blob URLs never reach the network. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname);
}

/**
 * Runs in the page before any of its scripts. The violation event is the only place the browser reports
 * what a policy blocked with the directive named, so it is forwarded to the test as it happens.
 */
function listenForCspViolations(binding: string): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      // Looked up at each event, not once, so the order in which Playwright installs its scripts cannot matter.
      const report: unknown = Reflect.get(window, binding);
      if (typeof report !== 'function') return;
      report({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        location: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        sample: event.sample,
      });
    },
    true,
  );
}

/**
 * Opens `url` in a fresh browser context and records, from the first request on, the console errors,
 * uncaught exceptions, CSP violations and off-machine requests of its page. Motion is reduced and the time
 * zone pinned to UTC so that the same build gives the same page and the same screenshot.
 */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'en',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
    // A service worker's requests would bypass the routing below.
    serviceWorkers: 'block',
  });
  const record: PageRecord = { consoleErrors: [], pageErrors: [], cspViolations: [], offMachineRequests: [] };

  await context.exposeBinding(CSP_BINDING, (_source, violation: CspViolation) => {
    record.cspViolations.push(violation);
  });
  await context.addInitScript(listenForCspViolations, CSP_BINDING);
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (isLocal(requested)) return route.continue();
    record.offMachineRequests.push(requested);
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url: file, lineNumber, columnNumber } = message.location();
    record.consoleErrors.push(file ? `${message.text()} (${file}:${lineNumber}:${columnNumber})` : message.text());
  });
  page.on('pageerror', (error) => {
    record.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
  });

  await options.beforeNavigation?.(page);
  await page.goto(url);
  return { page, context, record, close: () => context.close() };
}

/**
 * Saves what the page shows now as `test-results/screenshots/<name>.png`, for a person to look at; it is
 * not compared with anything. Animations are stopped so that two runs give the same picture.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`invalid screenshot name: ${JSON.stringify(name)} (use lower-case letters, digits and -)`);
  }
  const folder = resolve(PROJECT_ROOT, 'test-results/screenshots');
  mkdirSync(folder, { recursive: true });
  const path = resolve(folder, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}

/** The part of a page axe looks at: what `include` matches, or the whole page, less what `exclude` matches. */
export interface AxeScope {
  include?: string;
  exclude?: string;
}

/**
 * Runs axe on the page as it is now, over `scope`, and lists each violation as `rule: target, target, …`; a
 * page that passes gives an empty list.
 *
 * axe runs inside the page (`axe.run`) rather than in parts joined up in a second page: that way is the only
 * one that can reach a cross-origin frame, and the app's policy (`default-src 'self'`) allows none, while it
 * costs a blank page and megabytes of results sent across and back on every call. Every rule still runs on
 * every element; only the violations are reported node by node, the other result types keep one node each.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  if (scope.include) builder.include(scope.include);
  if (scope.exclude) builder.exclude(scope.exclude);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A test file's browser session: `open` a page of the app at a query string; `pages` are all it opened. */
export interface AppSession {
  open: (query: string, options?: PageOptions) => Promise<OpenedPage>;
  readonly pages: readonly OpenedPage[];
}

/**
 * Starts one preview server and one browser before a test file's tests and closes them, with every page
 * opened, after them. Call it once at the top level of the file.
 */
export function appSession(): AppSession {
  let browser: Browser | undefined;
  let server: PreviewServer | undefined;
  const pages: OpenedPage[] = [];
  beforeAll(async () => {
    server = await startPreview();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const opened of pages) await opened.close();
    await browser?.close();
    await server?.close();
  });
  return {
    pages,
    async open(query, options = {}) {
      if (!browser || !server) throw new Error('the browser or the preview server did not start');
      const opened = await openPage(browser, `${server.url}${query}`, options);
      pages.push(opened);
      return opened;
    },
  };
}
