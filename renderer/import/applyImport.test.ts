// The import written into IndexedDB (fake-indexeddb): sealed like any worker file, one audit entry
// with every fate counted, the same file again changes nothing, and a store that refuses keeps
// nothing of it.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { computeCodiceFiscale, omocodicVariants } from '../../shared/validation/codiceFiscale';
import { readRow, settle } from '../../shared/import/preview';
import { workerRules } from '../../shared/import/workerRules';
import type { WorkerImportField } from '../../shared/import/workerFields';
import { coordinatorFixture } from '../db/testing';
import { applyWorkerImport } from './applyImport';
import { heldWorkers } from './held';

const rules = workerRules({ closedOn: '2019-01-01' });

function hrRows(count: number) {
  const cells: Partial<Record<WorkerImportField, string>>[] = [];
  for (let i = 0; i < count; i++) {
    const surname = 'Rossi';
    const person = { surname, name: 'Mario', birthDate: new Date(Date.UTC(1960, 0, 1 + i * 37)).toISOString().slice(0, 10), sex: 'M' as const, birthplaceCode: 'D612' };
    cells.push({ surname, name: 'Mario', codiceFiscale: computeCodiceFiscale(person), residence: 'Figline e Incisa Valdarno', formerRole: 'Trafilatore', phone: '333 1234567', level: '4' });
  }
  return cells.map((c, index) => readRow(rules, { rowNumber: index + 2, cells: c, notes: 'BADGE: 17' }));
}

async function preview(fixture: Awaited<ReturnType<typeof coordinatorFixture>>, rows: ReturnType<typeof hrRows>) {
  const keys = new Set(rows.flatMap((row) => (row.reading.key ? [row.reading.key] : [])));
  const held = await heldWorkers(fixture.db, fixture.codec, await fixture.workers.summaries(), keys);
  return { held, settled: settle(rules, rows, held.byKey, { updateExisting: true }) };
}

describe('applying a worker import', () => {
  it('writes sealed files of people not yet enrolled, one audit entry, and nothing the second time', async () => {
    const fixture = await coordinatorFixture();
    const rows = hrRows(40);
    const duplicate = readRow(rules, { rowNumber: 99, cells: { ...rows[0]!.cells, codiceFiscale: omocodicVariants(rows[0]!.cells.codiceFiscale ?? '')[3] }, notes: '' });
    const first = await preview(fixture, [...rows, duplicate]);
    const counts = await applyWorkerImport(fixture, first.settled, first.held.records);
    expect(counts).toMatchObject({ new: 40, rejected: 1, update: 0 });
    expect(await fixture.db.workers.count()).toBe(40);
    expect(await fixture.db.workerList.count()).toBe(40);
    const stored = JSON.stringify(await fixture.db.workers.toArray());
    expect(stored).not.toContain(rows[0]!.cells.codiceFiscale);
    const [one] = await fixture.workers.list();
    expect(one?.data).toMatchObject({ counselorId: '', status: 'active', formerRole: 'Trafilatore', notes: 'Livello: 4\nBADGE: 17' });
    expect([one?.data.enrolmentDate, one?.data.primaryTrack]).toEqual([undefined, undefined]);
    const audit = (await fixture.db.audit.toArray()).filter((entry) => entry.action === 'import');
    expect(audit.map((entry) => entry.detail)).toEqual(['workers new=40 update=0 unchanged=0 skip=0 rejected=1 excluded=0']);

    const before = { workers: JSON.stringify(await fixture.db.workers.toArray()), events: await fixture.db.events.count(), audit: await fixture.db.audit.count() };
    const again = await preview(fixture, hrRows(40));
    expect(again.settled.every((row) => row.fate === 'unchanged')).toBe(true);
    await applyWorkerImport(fixture, again.settled, again.held.records);
    expect({ workers: JSON.stringify(await fixture.db.workers.toArray()), events: await fixture.db.events.count(), audit: await fixture.db.audit.count() }).toEqual(before);
  });

  it('updates only the fields that changed', async () => {
    const fixture = await coordinatorFixture();
    const first = await preview(fixture, hrRows(3));
    await applyWorkerImport(fixture, first.settled, first.held.records);
    const changed = hrRows(3).map((row, index) => (index === 1 ? readRow(rules, { ...row, cells: { ...row.cells, phone: '055 987654' } }) : row));
    const second = await preview(fixture, changed);
    expect(second.settled.map((row) => row.fate)).toEqual(['unchanged', 'update', 'unchanged']);
    await applyWorkerImport(fixture, second.settled, second.held.records);
    const updated = (await fixture.workers.list()).find((record) => record.id === second.settled[1]?.existingId);
    expect(updated?.data.phone).toBe('055 987654');
    expect(Object.entries(updated?.clock ?? {}).filter(([, hlc]) => hlc !== updated?.clock['surname']).map(([field]) => field)).toEqual(['phone']);
  });

  it('is cancelled whole: a cancel while sealing leaves nothing', async () => {
    const fixture = await coordinatorFixture();
    const { settled, held } = await preview(fixture, hrRows(2500));
    const controller = new AbortController();
    const writing = applyWorkerImport(fixture, settled, held.records, { signal: controller.signal, onProgress: (done) => done >= 1000 && controller.abort() });
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' });
    expect(await fixture.db.workers.count()).toBe(0);
    expect(await fixture.db.events.count()).toBe(0);
  });

  it('is all or nothing: a store that refuses keeps nothing of the import', async () => {
    const fixture = await coordinatorFixture();
    const { settled, held } = await preview(fixture, hrRows(30));
    vi.spyOn(fixture.db.events, 'bulkAdd').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(applyWorkerImport(fixture, settled, held.records)).rejects.toMatchObject({ name: 'StorageFullError' });
    expect(await fixture.db.workers.count()).toBe(0);
    expect(await fixture.db.workerList.count()).toBe(0);
    expect(await fixture.db.audit.where('action').equals('import').count()).toBe(0);
  });
});
