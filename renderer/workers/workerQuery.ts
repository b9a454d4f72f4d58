// Filtering, search and sorting of the worker list: pure, so it is unit tested and reusable off the UI thread.
import type { WorkerRecord } from '../db/rows';
import { addDaysIso } from '../../shared/time/dates';
import type { WorkerListFilters, WorkerListSort } from '../state/uiStore';

export interface WorkerListItem {
  readonly id: string;
  readonly surname: string;
  readonly name: string;
  readonly codiceFiscale: string;
  readonly residence: string;
  readonly primaryTrack: string;
  readonly status: string;
  readonly counselor: string;
  readonly counselorId: string;
  readonly cigsEnd: string;
  /** Lower-case, accent-free text matched by the search box. */
  readonly searchText: string;
  readonly row: WorkerRecord;
}

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface ItemLabels {
  residence(code: string): string;
  track(code: string): string;
  status(code: string): string;
  counselor(id: string): string;
}

export function toListItem(row: WorkerRecord, labels: ItemLabels): WorkerListItem {
  const { data } = row;
  return {
    id: row.id,
    surname: data.surname,
    name: data.name,
    codiceFiscale: data.codiceFiscale,
    residence: labels.residence(data.residenceCode),
    primaryTrack: labels.track(data.primaryTrack),
    status: labels.status(data.status),
    counselor: labels.counselor(data.counselorId),
    counselorId: data.counselorId,
    cigsEnd: row.cigsEnd,
    searchText: normalizeForSearch(`${data.surname} ${data.name} ${data.name} ${data.surname} ${data.codiceFiscale}`),
    row,
  };
}

function matchesCigs(item: WorkerListItem, filters: WorkerListFilters, today: string): boolean {
  if (!filters.cigs) return true;
  const reference = filters.cigsReference || today;
  if (!item.cigsEnd) return false;
  if (filters.cigs === 'ended') return item.cigsEnd < reference;
  return item.cigsEnd >= reference && item.cigsEnd <= addDaysIso(reference, Number(filters.cigs));
}

export function filterWorkers(items: readonly WorkerListItem[], filters: WorkerListFilters, today: string): WorkerListItem[] {
  const terms = normalizeForSearch(filters.search).split(' ').filter(Boolean);
  return items.filter(
    (item) =>
      (!filters.track || item.row.primaryTrack === filters.track) &&
      (!filters.status || item.row.status === filters.status) &&
      (!filters.counselorId || item.counselorId === filters.counselorId) &&
      matchesCigs(item, filters, today) &&
      terms.every((term) => item.searchText.includes(term)),
  );
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

export function sortWorkers(items: WorkerListItem[], sort: WorkerListSort): WorkerListItem[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  return items.sort((a, b) => factor * collator.compare(a[sort.column], b[sort.column]) || collator.compare(a.surname, b.surname) || a.id.localeCompare(b.id));
}
