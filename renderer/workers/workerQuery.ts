// Filtering, search and sorting of the worker list: pure, so it is unit tested and reusable off the UI thread.
import type { WorkerSummary } from '../db/workerList';
import { addDaysIso } from '../../shared/time/dates';
import { foldText } from '../../shared/text/fold';
import type { WorkerListFilters, WorkerListSort } from '../state/uiStore';

export interface WorkerListItem {
  readonly id: string;
  readonly surname: string;
  readonly name: string;
  readonly codiceFiscale: string;
  readonly residence: string;
  readonly primaryTrack: string;
  /** The status, or the participation for someone who is not a participant (it says more). */
  readonly status: string;
  readonly counselor: string;
  readonly counselorId: string;
  readonly cigsEnd: string;
  /** Lower-case, accent-free text matched by the search box. */
  readonly searchText: string;
  readonly summary: WorkerSummary;
}

export interface ItemLabels {
  residence(code: string): string;
  track(code: string): string;
  status(code: string): string;
  participation(code: string): string;
  counselor(id: string): string;
}

export function toListItem(summary: WorkerSummary, labels: ItemLabels): WorkerListItem {
  const { surname, name, codiceFiscale } = summary;
  return {
    id: summary.id,
    surname,
    name,
    codiceFiscale,
    residence: labels.residence(summary.residenceCode),
    primaryTrack: summary.primaryTrack ? labels.track(summary.primaryTrack) : '',
    status: summary.participation === 'participant' ? labels.status(summary.status) : labels.participation(summary.participation),
    counselor: labels.counselor(summary.counselorId),
    counselorId: summary.counselorId,
    cigsEnd: summary.cigsEnd,
    searchText: foldText(`${surname} ${name} ${name} ${surname} ${codiceFiscale}`),
    summary,
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
  const terms = foldText(filters.search).split(' ').filter(Boolean);
  return items.filter(
    (item) =>
      (!filters.track || item.summary.primaryTrack === filters.track) &&
      (!filters.status || item.summary.status === filters.status) &&
      (!filters.counselorId || item.counselorId === filters.counselorId) &&
      (!filters.participation || item.summary.participation === filters.participation) &&
      matchesCigs(item, filters, today) &&
      terms.every((term) => item.searchText.includes(term)),
  );
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

export function sortWorkers(items: WorkerListItem[], sort: WorkerListSort): WorkerListItem[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  return items.sort((a, b) => factor * collator.compare(a[sort.column], b[sort.column]) || collator.compare(a.surname, b.surname) || a.id.localeCompare(b.id));
}
