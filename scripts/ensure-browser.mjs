#!/usr/bin/env node
// Makes sure the browser tests have a Chromium to drive, and says which one they will use; and that the figure
// tests have librsvg's rsvg-convert, which draws figures as PNG.
//
// Playwright cannot download its own browsers on our machines, so the tests drive a system Chromium. This
// script runs before the test suite: when everything is present it only looks (well under a second); on a
// bare Debian or Ubuntu machine where it runs as root it installs Debian's Chromium and the Noto fonts that
// render the Arabic text; anywhere else it explains how to point the tests at a browser and exits 1.
//
// The search order below has a twin in tests/browser/harness.ts, which cannot import this plain-JS file under
// the strict type check; change both together.

import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const DEFAULT_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const ARABIC_FONT = 'Noto Naskh Arabic';
const PACKAGES = { browser: ['chromium', 'fonts-noto-core'], fonts: ['fonts-noto-core'], rsvg: ['librsvg2-bin'] };
const RSVG_CONVERT = '/usr/bin/rsvg-convert';

/** Whether `path` is a file this process may execute. */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The full path of a command on PATH, or undefined. */
function onPath(command) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.map((dir) => join(dir, command)).find(isExecutable);
}

/**
 * The browser's own version line, or undefined when it does not run. Asking it is the cheapest way to catch
 * a launcher that exists but cannot start a browser, such as Ubuntu's snap placeholder in a container.
 */
function versionOf(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const line = result.stdout?.trim().split('\n').at(-1);
  return result.status === 0 && line ? line : undefined;
}

/**
 * The browser the tests will use, as { path, version }, or undefined when none is installed. A CHROMIUM_PATH
 * that does not work is an error rather than a reason to fall back: the person who set it meant that browser.
 */
function findBrowser() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    const version = isExecutable(chosen) ? versionOf(chosen) : undefined;
    if (!version) fail(`CHROMIUM_PATH is set to ${chosen}, but that is not a browser this machine can run.`);
    return { path: chosen, version };
  }
  for (const path of DEFAULT_PATHS) {
    const version = isExecutable(path) ? versionOf(path) : undefined;
    if (version) return { path, version };
  }
  return undefined;
}

/** Whether fontconfig knows the Arabic font; a machine without fc-list counts as not having it. */
function hasArabicFont() {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }).includes(ARABIC_FONT);
  } catch {
    return false;
  }
}

/** Installing is only ours to do on Debian or Ubuntu, and only as root; anything else needs a person. */
function canInstall() {
  return onPath('apt-get') !== undefined && process.getuid?.() === 0;
}

/** Installs Debian packages without questions, showing apt's progress; returns whether it worked. */
function aptInstall(packages) {
  console.log(`ensure-browser: installing ${packages.join(' ')} with apt-get (once per machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return run(['update']) && run(['install', '-y', ...packages]);
}

/** Stops with a message that says what is wrong and how to fix it. */
function fail(reason) {
  console.error(
    [
      `ensure-browser: ${reason}`,
      'The browser tests need Chromium. Install it (Debian/Ubuntu, as root:',
      '  apt-get update && apt-get install -y chromium fonts-noto-core)',
      'or point the tests at one you have:',
      '  CHROMIUM_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
  process.exit(1);
}

let browser = findBrowser();
if (!browser) {
  if (!canInstall()) fail(`no Chromium found at ${DEFAULT_PATHS.join(', ')}.`);
  if (!aptInstall(PACKAGES.browser)) fail('apt-get could not install Chromium.');
  browser = findBrowser();
  if (!browser) fail(`apt-get finished, but still no Chromium at ${DEFAULT_PATHS.join(', ')}.`);
}

// The app ships its own Arabic web font, so a missing system font only changes how fallback text looks in
// screenshots; it is worth installing when we can, and worth a warning, not a failure, when we cannot.
if (!hasArabicFont()) {
  if (!canInstall() || !aptInstall(PACKAGES.fonts) || !hasArabicFont()) {
    console.warn(`ensure-browser: warning: the "${ARABIC_FONT}" font is not installed (Debian: fonts-noto-core).`);
  }
}

// The figure command and its tests draw PNGs with rsvg-convert; like the browser, it is installed when we can
// and its absence stops the tests with a message when we cannot.
if (!isExecutable(RSVG_CONVERT)) {
  if (!canInstall() || !aptInstall(PACKAGES.rsvg) || !isExecutable(RSVG_CONVERT)) {
    console.error(
      [
        `ensure-browser: no rsvg-convert at ${RSVG_CONVERT}; the figure tests need it.`,
        'Install it (Debian/Ubuntu, as root: apt-get update && apt-get install -y librsvg2-bin).',
      ].join('\n'),
    );
    process.exit(1);
  }
}

console.log(`ensure-browser: using ${browser.version} at ${browser.path}`);
