// A small programme for the CLI tests, made with shared/sync/testing.ts: real keys, real signed and
// encrypted bundles between a coordinator and two counselor laptops (with one concurrent edit, so
// the merge finds a conflict), written to a temp folder with the identity and enrolment files.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ageIdentityFileText, createEnrolmentFile } from '../shared/sync';
import { addInterview, create, createWorld, edit, exportBundle, importBundle, type World } from '../shared/sync/testing';
import { generateDemoProgramme, type DemoEmployer, type DemoWorker } from '../shared/demo/generator';

export const W1 = '0190a1b2-0000-7000-8000-000000000001';
export const W2 = '0190a1b2-0000-7000-8000-000000000002';
export const EMPLOYER = '0190a1b2-0000-7000-8000-000000000100';

export interface Scenario {
  readonly world: World;
  readonly dir: string;
  /** Folder holding only the .pcobundle files. */
  readonly bundles: string;
  readonly identityPath: string;
  readonly enrolmentPath: string;
  /** File name → bytes, in the order they were exported. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

export async function enrolmentText(world: World, counselorId: string, enrolmentId = '0190a1b2-0000-7000-8000-0000000000e1'): Promise<string> {
  const { coordinator } = world;
  return createEnrolmentFile(
    {
      enrolmentId,
      programmeId: world.programmeId,
      programme: { name: 'PCO Figline', siteCode: 'D583', cigsPeriods: [{ start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' }] },
      programmeRecipient: world.programmeKey.recipient,
      coordinator: { deviceId: coordinator.deviceId, label: 'Portatile coordinatrice', signPublicKey: coordinator.keys.signPublicKey, agePublicKey: coordinator.keys.ageRecipient },
      counselor: { id: counselorId, displayName: 'Giulia Neri' },
      deviceLabel: 'Portatile Giulia',
      issuedAt: '2019-06-01T09:00:00.000Z',
    },
    coordinator.keys.signSecretKey,
  );
}

/**
 * Coordinator files two workers (one per counselor) and an employer, sends each laptop its
 * caseload; both laptops write interviews and edits; the coordinator edits W1's phone while laptop
 * 1 does too, and sends laptop 1 a second bundle; both laptops send back. The world's coordinator
 * has applied the two counselor bundles: its state is the reference merge.
 */
export async function scenario(): Promise<Scenario> {
  const world = await createWorld(2);
  const { coordinator } = world;
  const [lap1, lap2] = world.counselors as [World['counselors'][number], World['counselors'][number]];
  const files = new Map<string, Uint8Array>();
  const tick = () => (world.now += 60_000);
  const file = (name: string): Uint8Array => {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`no bundle ${name}`);
    return bytes;
  };

  // Real entity data (every incoming record is checked against its schema): the demo's first two workers.
  const demo = generateDemoProgramme({ workers: 2, seed: 7, variant: 'historical' });
  const [first, second] = demo.workers as [DemoWorker, DemoWorker];
  create(world, coordinator, 'employers', EMPLOYER, { ...(demo.employers[0] as DemoEmployer).employer });
  create(world, coordinator, 'workers', W1, { ...first.worker, surname: 'Bandini', counselorId: 'c1', phone: '055 111' });
  create(world, coordinator, 'workers', W2, { ...second.worker, surname: 'Cappelli', counselorId: 'c2', phone: '055 222' });
  tick();
  files.set('01-coord-lap1.pcobundle', await exportBundle(world, coordinator, lap1));
  files.set('02-coord-lap2.pcobundle', await exportBundle(world, coordinator, lap2));
  await importBundle(world, lap1, file('01-coord-lap1.pcobundle'));
  await importBundle(world, lap2, file('02-coord-lap2.pcobundle'));

  tick();
  addInterview(world, lap1, W1, 'bilancio di competenze');
  edit(world, lap1, 'workers', W1, { phone: '333 1010101' });
  addInterview(world, lap2, W2, 'accoglienza');
  edit(world, lap2, 'workers', W2, { surname: 'Cappelli Neri' });
  tick();
  edit(world, coordinator, 'workers', W1, { phone: '055 999' });
  edit(world, coordinator, 'employers', EMPLOYER, { legalName: 'Acme Cordami Srl' });
  tick();
  files.set('03-coord-lap1.pcobundle', await exportBundle(world, coordinator, lap1));
  files.set('04-lap1-coord.pcobundle', await exportBundle(world, lap1, coordinator));
  files.set('05-lap2-coord.pcobundle', await exportBundle(world, lap2, coordinator));
  for (const name of ['04-lap1-coord.pcobundle', '05-lap2-coord.pcobundle']) {
    const result = await importBundle(world, coordinator, file(name));
    if (!result.decoded.ok) throw new Error(`reference import refused ${name}: ${result.decoded.reason}`);
  }

  const dir = await mkdtemp(join(tmpdir(), 'pco-cli-'));
  const bundles = join(dir, 'bundles');
  await mkdir(bundles);
  for (const [name, bytes] of files) await writeFile(join(bundles, name), bytes);
  return { world, dir, bundles, files, ...(await writeKeyFiles(world, dir)) };
}

/** The programme identity file and an enrolment file for laptop 1, as the coordinator exports them. */
export async function writeKeyFiles(world: World, dir: string): Promise<{ identityPath: string; enrolmentPath: string }> {
  const identityPath = join(dir, 'programma.age.txt');
  await writeFile(identityPath, await ageIdentityFileText(world.programmeKey.identity, '2019-06-01T00:00:00.000Z'));
  const enrolmentPath = join(dir, 'lap1.pcoenrol');
  await writeFile(enrolmentPath, await enrolmentText(world, 'c1'));
  return { identityPath, enrolmentPath };
}

/** A record list in a stable order, for comparisons. */
export function sortedById<T extends { id: string }>(rows: readonly T[] | undefined): T[] {
  return [...(rows ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
