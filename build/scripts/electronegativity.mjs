// `npm run test:security`: Doyensec's Electronegativity over the Electron code, failing on any
// finding above LOW, except the one manual-review finding described in REVIEWED below.
//
// What is analysed (copied to a temporary folder, so the tool never walks node_modules or dist):
//   electron/**/*.ts (tests excluded)  — the main process and the preload, parsed as TypeScript;
//   shared/security/csp.ts             — the policy main sends as a header;
//   renderer/index.html, and dist/renderer/index.html when built — the page the window loads
//                                        (HTML checks; the built one carries the meta CSP);
//   package.json                       — Electron version and runtime flags;
//   resolved/main-process.js           — generated here, see below.
//
// Electronegativity reads literals only: in TypeScript it follows no import, call, variable or
// spread. The window is therefore built in electron/windowOptions.ts with its options as an object
// literal straight inside `new BrowserWindow(…)`, and the tool checks the real flags there.
// The CSP is sent via withContentSecurityPolicy(), which the tool cannot follow, so this script
// bundles shared/security/csp.ts and writes the policy, as a literal header, into
// resolved/main-process.js for the CSP checks. It also constructs the window with a recording
// fake and re-checks the resolved webPreferences, and re-checks the privileges main.ts registers
// the app:// scheme with (electron/appProtocol.ts; the tool has no check for them): regression
// guards independent of the tool.
//
// Usage: node build/scripts/electronegativity.mjs   (exit 0 = nothing above LOW but the reviewed finding)
import { build } from 'esbuild';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const TIME_BUDGET_MS = 55_000;

/**
 * The one finding above LOW that stays, reviewed (the reason is in the README security section).
 * PRELOAD_JS_CHECK is a manual-review prompt raised for any `preload` key, whatever its value:
 * it asks "review your preload", which we did. It matches only this check, this file and this
 * line. It also proves the tool analysed the real construction site, so the run fails if the
 * finding disappears (the window moved out of the tool's sight, or the preload went away: then
 * delete this entry). Electron 35+ could register the preload on the session instead
 * (session.registerPreloadScript), which the tool does not see; that widens the preload to every
 * frame-context page of the default session rather than this one window, so we keep it here.
 */
const REVIEWED = {
  id: 'PRELOAD_JS_CHECK',
  file: 'electron/windowOptions.ts',
  line: 'preload: preloadPath',
  why:
    'Reviewed: the preload runs sandboxed with contextIsolation, exposes twelve named functions via ' +
    'contextBridge (no ipcRenderer, no generic invoke), and main validates every argument with zod ' +
    'and checks the sender frame; test/e2e/electron.spec.ts asserts the exposed surface.',
};

/**
 * LOW findings we know about (they pass, but deserve a word in the README):
 *  - CSP_GLOBAL_CHECK "seems to be vulnerable" comes from the bundled CSP evaluator: 'self' in
 *    script-src "can be problematic if you host JSONP, Angular or user uploaded files" — we serve
 *    only our own bundle from app://pco/ (or 127.0.0.1 in the web build), none of those; and it
 *    calls 'wasm-unsafe-eval' an invalid keyword because it predates CSP Level 3's keyword
 *    (supported since Chromium 97), which we need for WebAssembly (Argon2id) and nothing broader.
 */
const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

const EXPECTED_WEB_PREFERENCES = {
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
};

/** The app:// scheme's privileges, exactly: a secure standard origin with fetch, nothing that loosens it (bypassCSP, CORS, service workers). */
const EXPECTED_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true };

const BUILT_PAGES = ['dist/renderer/index.html', 'dist/web/index.html'];

/**
 * The built pages must carry the same CSP in a <meta> tag (vite.config.ts injects it): the web build
 * has no other, and in Electron it backs up the app:// response header. A meta tag cannot carry
 * frame-ancestors, so it may be left out.
 * Returns warnings: a missing build is not an error here (npm test builds after this step).
 */
async function checkBuiltMetaCsp(csp) {
  const withoutFrameAncestors = csp
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors '))
    .join('; ');
  const warnings = [];
  const built = BUILT_PAGES.filter((page) => existsSync(join(root, page)));
  if (built.length === 0) warnings.push(`no built page to check for the <meta> CSP (${BUILT_PAGES.join(', ')}); run npm run build`);
  for (const page of built) {
    const html = await readFile(join(root, page), 'utf8');
    const tag = html.match(/<meta[^>]+http-equiv=["']Content-Security-Policy["'][^>]*>/i)?.[0];
    const content = tag?.match(/content=(["'])(.*?)\1/i)?.[2]?.replaceAll('&#39;', "'").replaceAll('&apos;', "'");
    if (content === undefined) warnings.push(`${page} has no <meta http-equiv="Content-Security-Policy">`);
    else if (content !== csp && content !== withoutFrameAncestors) warnings.push(`the <meta> CSP in ${page} differs from shared/security/csp.ts`);
  }
  return warnings;
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** Bundles the pure modules main.ts takes its window and CSP from; constructs the window with a recording fake. */
async function resolveMainProcessValues(work) {
  const entry = join(work, 'resolve-entry.ts');
  await writeFile(
    entry,
    `export { constructMainWindow } from ${JSON.stringify(join(root, 'electron', 'windowOptions.ts'))};\n` +
      `export { CONTENT_SECURITY_POLICY } from ${JSON.stringify(join(root, 'shared', 'security', 'csp.ts'))};\n` +
      `export { APP_SCHEME_PRIVILEGES } from ${JSON.stringify(join(root, 'electron', 'appProtocol.ts'))};\n`,
  );
  const outfile = join(work, 'resolve-entry.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
  const mod = await import(pathToFileURL(outfile).href);
  // Stands in for Electron's BrowserWindow: keeps what it was constructed with.
  function RecordingWindow(options) {
    this.options = options;
  }
  return {
    windowOptions: mod.constructMainWindow(RecordingWindow, { preloadPath: '/app/dist/electron/preload.cjs', devTools: false }).options,
    csp: mod.CONTENT_SECURITY_POLICY,
    schemePrivileges: mod.APP_SCHEME_PRIVILEGES,
  };
}

function checkResolvedValues({ windowOptions, csp, schemePrivileges }) {
  const problems = [];
  for (const [key, expected] of Object.entries(EXPECTED_WEB_PREFERENCES)) {
    if (windowOptions.webPreferences?.[key] !== expected) problems.push(`webPreferences.${key} is ${windowOptions.webPreferences?.[key]}, expected ${expected}`);
  }
  if (!String(windowOptions.webPreferences?.disableBlinkFeatures ?? '').includes('Auxclick')) problems.push('webPreferences.disableBlinkFeatures does not disable Auxclick');
  if (typeof csp !== 'string' || !csp.includes("default-src 'self'")) problems.push('the CSP has no default-src self');
  if (JSON.stringify(schemePrivileges) !== JSON.stringify(EXPECTED_SCHEME_PRIVILEGES)) {
    problems.push(`the app:// scheme is registered with ${JSON.stringify(schemePrivileges)}, expected ${JSON.stringify(EXPECTED_SCHEME_PRIVILEGES)}`);
  }
  return problems;
}

function probeSource({ csp }) {
  return [
    '// Generated by build/scripts/electronegativity.mjs: the CSP header electron/main.ts really sends,',
    '// resolved from shared/security/csp.ts, as a literal.',
    'session.defaultSession.webRequest.onHeadersReceived((details, callback) => {',
    `  callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [${JSON.stringify(csp)}] } });`,
    '});',
    '',
  ].join('\n');
}

/** Inline `eng-disable` comments would silence checks where nobody looks: none are allowed. */
async function findInlineSuppressions(files) {
  const found = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    text.split('\n').forEach((line, i) => {
      if (/eng-disable/i.test(line)) found.push(`${relative(root, file)}:${i + 1}`);
    });
  }
  return found;
}

async function prepareInput(work, resolved) {
  const input = join(work, 'app');
  await mkdir(input, { recursive: true });
  const electronFiles = (await listFiles(join(root, 'electron'))).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const copies = [...electronFiles, join(root, 'shared', 'security', 'csp.ts'), join(root, 'package.json')];
  for (const page of ['renderer/index.html', BUILT_PAGES[0]]) {
    if (existsSync(join(root, page))) copies.push(join(root, page));
  }
  for (const file of copies) {
    const target = join(input, relative(root, file));
    await mkdir(dirname(target), { recursive: true });
    await cp(file, target);
  }
  await mkdir(join(input, 'resolved'), { recursive: true });
  await writeFile(join(input, 'resolved', 'main-process.js'), probeSource(resolved));
  return { input, count: copies.length + 1, copies };
}

function isReviewed(issue, input) {
  const file = issue.file === 'N/A' ? 'N/A' : relative(input, issue.file).split(sep).join('/');
  return issue.id === REVIEWED.id && file === REVIEWED.file && (issue.sample ?? '').includes(REVIEWED.line);
}

function table(rows, headers) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main() {
  const started = Date.now();
  const watchdog = setTimeout(() => {
    console.error(`electronegativity: no result after ${TIME_BUDGET_MS / 1000} s, giving up`);
    process.exit(2);
  }, TIME_BUDGET_MS);
  watchdog.unref();

  const work = await mkdtemp(join(tmpdir(), 'pco-electronegativity-'));
  try {
    const resolved = await resolveMainProcessValues(work);
    const problems = checkResolvedValues(resolved);
    const { input, count, copies } = await prepareInput(work, resolved);
    const suppressions = await findInlineSuppressions(copies);
    const electronVersion = require('electron/package.json').version;
    const run = require('@doyensec/electronegativity');
    const result = await run({ input, electronVersionOverride: electronVersion, isRelative: false, parserPlugins: [] });

    for (const warning of await checkBuiltMetaCsp(resolved.csp)) console.warn(`warning: ${warning}`);

    const fatal = result.errors.filter((error) => !error.tolerable);
    for (const error of result.errors) console.error(`${error.tolerable ? 'warning' : 'error'}: cannot fully parse ${relative(input, error.file)}: ${error.message}`);

    const rows = result.issues
      .map((issue) => ({ issue, reviewed: isReviewed(issue, input) }))
      .sort((a, b) => b.issue.severity.value - a.issue.severity.value)
      .map(({ issue, reviewed }) => [
        issue.severity.name,
        issue.confidence.name,
        issue.id,
        issue.file === 'N/A' ? 'N/A' : `${relative(input, issue.file)}:${issue.location.line}`,
        reviewed ? 'reviewed (see REVIEWED)' : issue.severity.value > SEVERITY_RANK.LOW ? 'FAIL' : 'ok (≤ LOW)',
      ]);
    console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version}, Electron ${electronVersion}: ${count} files, ${result.globalChecks} global + ${result.atomicChecks} atomic checks`);
    console.log(rows.length > 0 ? table(rows, ['Severity', 'Confidence', 'Check', 'Where', 'Verdict']) : 'No findings.');
    const described = new Map(result.issues.map((issue) => [issue.id, `${issue.description} (${issue.shortenedURL})`]));
    for (const [id, text] of described) console.log(`  ${id}: ${text}`);
    if (result.issues.some((issue) => isReviewed(issue, input))) console.log(`  ${REVIEWED.id} on ${REVIEWED.file}: ${REVIEWED.why}`);

    const failing = result.issues.filter((issue) => issue.severity.value > SEVERITY_RANK.LOW && !isReviewed(issue, input));
    const reviewedSeen = result.issues.some((issue) => isReviewed(issue, input));
    console.log(`\n${failing.length} unreviewed finding(s) above LOW, ${reviewedSeen ? 1 : 0} reviewed, ${fatal.length} unparsable file(s) — ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (!reviewedSeen) console.error(`The reviewed ${REVIEWED.id} finding on ${REVIEWED.file} ("${REVIEWED.line}") was not reported: the tool no longer sees the window's construction site, or the preload moved. Fix that, or update REVIEWED.`);
    if (suppressions.length > 0) console.error(`Inline eng-disable comments are not allowed (review findings here instead): ${suppressions.join(', ')}`);
    if (problems.length > 0) console.error(`The main window or the app:// scheme is not hardened:\n  ${problems.join('\n  ')}`);
    return fatal.length > 0 || failing.length > 0 || problems.length > 0 || !reviewedSeen || suppressions.length > 0 ? 1 : 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

try {
  process.exit(await main());
} catch (error) {
  console.error('electronegativity could not analyse the app:', error instanceof Error ? error.stack : error);
  process.exit(1);
}
