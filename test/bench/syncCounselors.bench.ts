// The coordinator's sync day: ten counselor laptops each bring a bundle of their own caseload (the
// 300-worker demo, its workers dealt across ten counselors, with their year of activity), imported
// one after the other into one coordinator state in memory: decrypt + verify + parse, preview,
// apply. The pure core: no IndexedDB (syncStore.bench.ts measures that part).
import { uuidv7 } from 'uuidv7';
import { generateDemoProgramme, type DemoProgramme } from '../../shared/demo/generator';
import { EMPTY_MEMORY_STATE, generateProgrammeKey, selectChanges, type AgeKeyPair, type SyncData } from '../../shared/sync';
import { demoDeviceOf, demoSyncData } from '../../shared/sync/demoData';
import type { BenchCase } from './harness';
import { benchLaptop, exportBundleOf, importBundleFrom, mergeInto, type BenchLaptop } from './syncFixture';

const LAPTOPS = 10;

/** The demo programme with its workers dealt across `count` new counselors (before its activity is drawn). */
function dealtAcross(demo: DemoProgramme, count: number): DemoProgramme {
  const counselors = Array.from({ length: count }, (_, i) => ({ id: uuidv7(), displayName: `Orientatore ${i + 1}`, role: 'counselor' as const }));
  const workers = demo.workers.map((item, i) => ({ ...item, worker: { ...item.worker, counselorId: counselors[i % count]!.id } }));
  return { ...demo, counselors: [...demo.counselors.filter((c) => c.role === 'coordinator'), ...counselors], workers };
}

/** What a counselor's laptop holds: the catalogue, its caseload with their activity, its own audit entries. */
function laptopData(data: SyncData, laptop: BenchLaptop): SyncData {
  const held = selectChanges(data, { knows: {}, to: { role: 'counselor', counselorId: laptop.counselorId, previousCaseload: [] } });
  return { records: held.records, events: held.events, audit: data.audit.filter((entry) => entry.deviceId === laptop.deviceId), statistics: [] };
}

interface SyncDay {
  readonly programme: AgeKeyPair;
  readonly laptops: BenchLaptop[];
  readonly bundles: Uint8Array[];
}

async function syncDay(): Promise<SyncDay> {
  const demo = dealtAcross(generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' }), LAPTOPS);
  const data = demoSyncData(demo);
  const programme = await generateProgrammeKey();
  // Each laptop has the device id the demo's clocks name, so its bundle carries its own writes.
  const laptops = await Promise.all(demo.counselors.filter((c) => c.role === 'counselor').map((c) => benchLaptop(demoDeviceOf(c.id), c.id)));
  const bundles = await Promise.all(laptops.map((laptop) => exportBundleOf(laptopData(data, laptop), laptop, programme)));
  const megabytes = bundles.reduce((sum, bytes) => sum + bytes.length, 0) / 1e6;
  console.log(`  sync day: ${LAPTOPS} bundles, ${megabytes.toFixed(2)} MB encrypted in all`);
  return { programme, laptops, bundles };
}

async function importAll(day: SyncDay): Promise<number> {
  let state = EMPTY_MEMORY_STATE;
  for (const bytes of day.bundles) state = mergeInto(state, await importBundleFrom(bytes, day.programme.identity, day.laptops));
  return state.records.workers?.length ?? 0;
}

export function coordinatorSyncDayBenchmark(): BenchCase {
  let day: SyncDay | undefined;
  return {
    name: `sync: coordinator imports ${LAPTOPS} counselor bundles (300 workers + 1 year in all): decrypt + verify + preview + apply, in memory`,
    runs: 3,
    note: 'a first sync: each bundle also carries the catalogue its laptop holds (programme, counselors, employers and their contacts, offers, courses), merged as unchanged after the first; no target in README',
    setup: async () => {
      day ??= await syncDay();
      const workers = await importAll(day);
      if (workers !== 300) throw new Error(`the coordinator ended with ${workers} workers, not 300`);
    },
    run: () => {
      if (!day) throw new Error('sync day not set up');
      return importAll(day);
    },
  };
}
