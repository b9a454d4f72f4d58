// The real program in a child process (`npx tsx cli/pco.ts …`): exit codes and the split between
// stdout (results) and stderr (errors).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenario, type Scenario } from './testing';
import { runChild, type ChildRun } from '../test/childProcess';

const ROOT = join(import.meta.dirname, '..');

function pco(...args: string[]): Promise<ChildRun> {
  return runChild('npx', ['tsx', 'cli/pco.ts', ...args], ROOT);
}

let s: Scenario;
beforeAll(async () => {
  s = await scenario();
});
afterAll(() => rm(s.dir, { recursive: true, force: true }));

describe('pco as a child process', () => {
  it('merges a folder (exit 0), refuses a damaged one (exit 1) and bad usage (exit 2)', async () => {
    const store = join(s.dir, 'child.pcostore');
    const merged = await pco('merge', s.bundles, '--identity', s.identityPath, '--out', store, '--enrolment', s.enrolmentPath);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('uniti 5, già presenti 0, rifiutati 0 / merged 5, already there 0, refused 0');

    const bytes = new Uint8Array(await readFile(join(s.bundles, '04-lap1-coord.pcobundle')));
    const truncated = join(s.dir, 'troncato.pcobundle');
    await writeFile(truncated, bytes.subarray(0, bytes.length - 100));
    const refused = await pco('bundle', 'verify', truncated, '--identity', s.identityPath, '--store', store);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('corrupted');

    const usage = await pco('merge', s.bundles);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^errore: manca --identity .* \/ error: missing --identity/);
  }, 120_000);
});
