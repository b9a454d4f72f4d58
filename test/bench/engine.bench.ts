// Benchmarks of the pure engine (shared/ and the list query): no browser needed.
import { generateDemoProgramme, type DemoProgramme } from '../../shared/demo/generator';
import { validateCodiceFiscale } from '../../shared/validation/codiceFiscale';
import { createRecord } from '../../shared/sync/record';
import { withWorkerIndex } from '../../renderer/db/recordRows';
import { summaryOf } from '../../renderer/db/workerList';
import { filterWorkers, sortWorkers, toListItem, type WorkerListItem } from '../../renderer/workers/workerQuery';
import { EMPTY_FILTERS } from '../../renderer/state/uiStore';
import type { BenchCase } from './harness';

const author = { counselorId: 'bench', deviceId: 'bench', nowIso: '2019-12-31T00:00:00.000Z' };
const labels = { residence: (c: string) => c, track: (c: string) => c, status: (c: string) => c, participation: (c: string) => c, counselor: (c: string) => c };

function listItems(demo: DemoProgramme): WorkerListItem[] {
  return demo.workers.map((w) => toListItem(summaryOf(withWorkerIndex(createRecord(w.id, w.worker, 'T', author), demo.programme.cigsPeriods)), labels));
}

export function engineBenchmarks(): BenchCase[] {
  let big: DemoProgramme | undefined;
  let items: WorkerListItem[] = [];
  const bigDemo = () => (big ??= generateDemoProgramme({ workers: 30_000, seed: 7, variant: 'historical' }));
  return [
    { name: 'demo generator, 300 workers', run: () => generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' }) },
    { name: 'demo generator, 30,000 workers', runs: 3, run: () => generateDemoProgramme({ workers: 30_000, seed: 2019, variant: 'historical' }) },
    {
      name: 'codice fiscale validation, 30,000 codes',
      run: () => {
        for (const w of bigDemo().workers) validateCodiceFiscale(w.worker.codiceFiscale);
      },
    },
    {
      name: 'worker list: search by surname, 30,000',
      targetMs: 50,
      note: 'in-memory search behind the list (issue 9 target: under 50 ms)',
      setup: () => {
        items = listItems(bigDemo());
      },
      run: () => filterWorkers(items, { ...EMPTY_FILTERS, search: 'bandini' }, '2019-12-31'),
    },
    {
      name: 'worker list: search by codice fiscale, 30,000',
      targetMs: 50,
      run: () => filterWorkers(items, { ...EMPTY_FILTERS, search: items[12_345]?.codiceFiscale ?? '' }, '2019-12-31'),
    },
    {
      name: 'worker list: filter + sort by surname, 30,000',
      run: () => sortWorkers(filterWorkers(items, { ...EMPTY_FILTERS, status: 'active' }, '2019-12-31'), { column: 'surname', direction: 'asc' }),
    },
  ];
}
