import { describe, expect, it } from 'vitest';
import { workerSchema } from '../../shared/domain/worker';
import { sampleWorker } from '../../test/fixtures/workers';
import { createRecord } from '../../shared/sync/record';
import { withWorkerIndex } from '../db/recordRows';
import { DEFAULT_CIGS_PERIODS } from '../../shared/domain/programme';
import { EMPTY_FILTERS } from '../state/uiStore';
import { summaryOf } from '../db/workerList';
import { filterWorkers, sortWorkers, toListItem, type ItemLabels } from './workerQuery';
import { foldText } from '../../shared/text/fold';

const labels: ItemLabels = { residence: (c) => c, track: (c) => c, status: (c) => c, participation: (c) => `(${c})`, counselor: (id) => id };
const author = { counselorId: 'c1', deviceId: 'd1', nowIso: '2019-02-01T09:00:00.000Z' };

function item(id: string, overrides: Parameters<typeof sampleWorker>[0]) {
  const worker = workerSchema.parse(sampleWorker(overrides));
  return toListItem(summaryOf(withWorkerIndex(createRecord(id, worker, 'T', author), DEFAULT_CIGS_PERIODS)), labels);
}

const items = [
  item('1', { counselorId: 'c1', surname: 'Niccolai', name: 'Sergio' }),
  item('2', { counselorId: 'c2', surname: 'Bartolozzi', name: 'Lucia', sex: 'F', birthDate: '1980-02-02', status: 'placed', exitReason: 'placed' }),
  item('3', { counselorId: 'c1', surname: "D'Ancona", name: 'Niccolò', primaryTrack: 'retraining', secondaryTracks: [], cigsPeriods: [{ start: '2019-01-01', end: '2019-10-31', cause: 'cessazione' }] }),
];

describe('worker list query', () => {
  it('normalises accents, case and spaces for search', () => {
    expect(foldText('  NICCOLÒ   D’Ancona ')).toBe('niccolo d’ancona');
  });

  it('finds by surname, name, either order, and codice fiscale', () => {
    const search = (text: string) => filterWorkers(items, { ...EMPTY_FILTERS, search: text }, '2019-10-01').map((i) => i.id);
    expect(search('niccol')).toEqual(['1', '3']);
    expect(search('lucia bartolozzi')).toEqual(['2']);
    expect(search('niccolo')).toEqual(['3']);
    expect(search(items[1]!.codiceFiscale.toLowerCase())).toEqual(['2']);
  });

  it('filters by track, status, counselor and CIGS ending', () => {
    const run = (patch: Partial<typeof EMPTY_FILTERS>, today = '2019-10-01') => filterWorkers(items, { ...EMPTY_FILTERS, ...patch }, today).map((i) => i.id);
    expect(run({ track: 'retraining' })).toEqual(['3']);
    expect(run({ status: 'placed' })).toEqual(['2']);
    expect(run({ counselorId: 'c1' })).toEqual(['1', '3']);
    expect(run({ cigs: '30' })).toEqual(['3']);
    expect(run({ cigs: '30', cigsReference: '2020-08-15' })).toEqual(['1', '2']);
    expect(run({ cigs: 'ended' }, '2019-12-01')).toEqual(['3']);
  });

  it('filters by participation, and shows it in place of the status for someone who is not a participant', () => {
    const more = [
      ...items,
      item('4', { counselorId: 'c1', surname: 'Ermini', name: 'Paola', sex: 'F', privacyConsentDate: undefined }),
      item('5', { counselorId: '', surname: 'Fabbri', name: 'Dario', enrolmentDate: undefined, privacyConsentDate: undefined, primaryTrack: undefined, secondaryTracks: [], educationLevel: undefined }),
    ];
    const run = (participation: typeof EMPTY_FILTERS.participation) => filterWorkers(more, { ...EMPTY_FILTERS, participation }, '2019-10-01').map((i) => i.id);
    expect(run('awaitingConsent')).toEqual(['4']);
    expect(run('notEnrolled')).toEqual(['5']);
    expect(run('participant')).toEqual(['1', '2', '3']);
    expect(more.map((i) => i.status)).toEqual(['active', 'placed', 'active', '(awaitingConsent)', '(notEnrolled)']);
    expect(more[4]?.primaryTrack).toBe('');
  });

  it('sorts by any column in both directions with Italian collation', () => {
    const bySurname = sortWorkers([...items], { column: 'surname', direction: 'asc' }).map((i) => i.surname);
    expect(bySurname).toEqual(['Bartolozzi', "D'Ancona", 'Niccolai']);
    const byCigs = sortWorkers([...items], { column: 'cigsEnd', direction: 'desc' }).map((i) => i.id);
    expect(byCigs[2]).toBe('3');
  });
});
