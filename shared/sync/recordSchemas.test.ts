import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../demo/generator';
import { demoSyncData } from './demoData';
import { recordDataProblem } from './recordSchemas';
import { SYNC_TABLES, type AnyRecord } from './types';

describe('record data checked against the entity schemas', () => {
  const data = demoSyncData(generateDemoProgramme({ workers: 60, seed: 7, variant: 'historical' }));

  it('accepts every record of the demo programme and its year of activity', () => {
    const problems = SYNC_TABLES.flatMap((table) => (data.records[table] ?? []).map((record) => recordDataProblem(table, record))).filter((p) => p !== null);
    expect(problems).toEqual([]);
    expect(data.records.workers?.length).toBe(60);
  });

  it('names the table, record and field of a malformed record', () => {
    const worker = data.records.workers?.[0] as AnyRecord;
    const broken = { ...worker, data: { ...worker.data, status: 'on holiday' } };
    expect(recordDataProblem('workers', broken)).toMatch(new RegExp(`^workers ${worker.id}: status `));
    expect(recordDataProblem('offers', { ...worker, data: { role: 7 } })).toMatch(/^offers /);
  });

  it('lets a tombstone without fields through (an erased worker)', () => {
    const worker = data.records.workers?.[0] as AnyRecord;
    expect(recordDataProblem('workers', { ...worker, data: {}, deletedAt: worker.createdAt })).toBeNull();
  });
});
