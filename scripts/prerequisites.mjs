// What the tests need from the machine besides node_modules: the Chromium the end-to-end tests
// drive, poppler's pdftoppm/pdftotext (PDF checks) and a Japanese font (what the pages render
// with). `npm test` and `npm run test:long` call ensurePrerequisites() before running anything,
// so a missing tool is one line at the start, never a failure in every test.
//
//   node scripts/prerequisites.mjs              check, and install what is missing where it can
//   node scripts/prerequisites.mjs --check-only check only
//
// Installing needs root and apt-get (as on a fresh Debian machine and in .ci/run);
// OTASUKE_NO_INSTALL=1 turns it off, e.g. to see what a non-root user would be told.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The same default as playwright.config.ts and the benchmarks. */
export const chromiumPath = (env = process.env) => env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Where `command` is found on env.PATH, as the tests will spawn it; null when it is not. */
function onPath(command, env) {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const file = path.join(dir, command + ext);
      if (isExecutableFile(file)) return file;
    }
  }
  return null;
}

/** Each thing missing: what it is and the Debian packages that bring it (none: only the user can fix it). */
export function missingPrerequisites(env = process.env) {
  const missing = [];
  const chromium = chromiumPath(env);
  if (!isExecutableFile(chromium)) {
    // A CHROMIUM_PATH of one's own is not fixed by installing Debian's Chromium elsewhere.
    missing.push(env.CHROMIUM_PATH ? { what: `Chromium at CHROMIUM_PATH=${chromium} (point it at Chromium or unset it)`, packages: [] } : { what: `Chromium at ${chromium}`, packages: ['chromium'] });
  }
  if (!onPath('pdftoppm', env) || !onPath('pdftotext', env)) missing.push({ what: 'pdftoppm and pdftotext', packages: ['poppler-utils'] });
  const fcList = onPath('fc-list', env);
  const japaneseFonts = fcList ? spawnSync(fcList, [':lang=ja'], { encoding: 'utf8', env }).stdout?.trim() : '';
  if (!japaneseFonts) missing.push({ what: 'Japanese fonts (fc-list :lang=ja)', packages: fcList ? ['fonts-noto-cjk'] : ['fontconfig', 'fonts-noto-cjk'] });
  return missing;
}

/** The one line that says what to install. */
export function describeMissing(missing) {
  const packages = missing.flatMap((m) => m.packages);
  // Debian's package names where apt-get exists; elsewhere (macOS, Windows) the tools by name.
  const install = !packages.length ? '' : process.platform === 'linux' ? `; install with: sudo apt-get install -y ${packages.join(' ')}` : '; install Chromium or Chrome (and set CHROMIUM_PATH to it), poppler and a Japanese font';
  return `Tests not run: missing ${missing.map((m) => m.what).join(', ')}${install}`;
}

/** apt-get, when this process may use it to install (root, Linux, not turned off); else null. */
function installer(env) {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || env.OTASUKE_NO_INSTALL === '1') return null;
  return onPath('apt-get', env);
}

function aptInstall(aptGet, packages, env) {
  const apt = (args) => spawnSync(aptGet, args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  // The package lists of a fresh image are often empty or stale: refresh them only if needed.
  return apt(['install', '-y', '-qq', ...packages]) || (apt(['update', '-qq']) && apt(['install', '-y', '-qq', ...packages]));
}

/**
 * Installs what is missing where it can; returns null when everything is there, else the one
 * line to show (and the caller stops before running any test).
 */
export function ensurePrerequisites({ env = process.env, install = true } = {}) {
  let missing = missingPrerequisites(env);
  const packages = [...new Set(missing.flatMap((m) => m.packages))];
  const aptGet = install && packages.length > 0 ? installer(env) : null;
  if (aptGet) {
    console.error(`Installing what the tests need: ${packages.join(' ')}`);
    aptInstall(aptGet, packages, env);
    missing = missingPrerequisites(env);
  }
  return missing.length ? describeMissing(missing) : null;
}

/** For test-all.mjs and test-long.mjs: stop at once, with one line, when something is missing. */
export function requirePrerequisites() {
  const problem = ensurePrerequisites();
  if (problem) {
    console.error(problem);
    process.exit(3);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = ensurePrerequisites({ install: !process.argv.includes('--check-only') });
  if (problem) console.error(problem);
  else console.log('Test prerequisites present: Chromium, pdftoppm/pdftotext, Japanese fonts.');
  process.exit(problem ? 3 : 0);
}
