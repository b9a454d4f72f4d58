// UI state only (filters, sort, search text): data lives in Dexie and is read with useLiveQuery.
import { create } from 'zustand';
import type { Track, WorkerStatus } from '../../shared/domain/vocabulary';
import type { Participation } from '../../shared/domain/participation';

export type CigsFilter = '' | '30' | '60' | '90' | 'ended';
export type WorkerSortColumn = 'surname' | 'name' | 'codiceFiscale' | 'residence' | 'primaryTrack' | 'status' | 'counselor' | 'cigsEnd';

export interface WorkerListFilters {
  readonly search: string;
  readonly track: Track | '';
  readonly status: WorkerStatus | '';
  readonly counselorId: string;
  readonly participation: Participation | '';
  readonly cigs: CigsFilter;
  /** Reference day for the CIGS filter; '' means today. */
  readonly cigsReference: string;
}

export interface WorkerListSort {
  readonly column: WorkerSortColumn;
  readonly direction: 'asc' | 'desc';
}

export const EMPTY_FILTERS: WorkerListFilters = { search: '', track: '', status: '', counselorId: '', participation: '', cigs: '', cigsReference: '' };

interface UiState {
  readonly workerFilters: WorkerListFilters;
  readonly workerSort: WorkerListSort;
  setWorkerFilters(patch: Partial<WorkerListFilters>): void;
  clearWorkerFilters(): void;
  sortWorkersBy(column: WorkerSortColumn): void;
}

export const useUiStore = create<UiState>()((set) => ({
  workerFilters: EMPTY_FILTERS,
  workerSort: { column: 'surname', direction: 'asc' },
  setWorkerFilters: (patch) => set((state) => ({ workerFilters: { ...state.workerFilters, ...patch } })),
  clearWorkerFilters: () => set({ workerFilters: EMPTY_FILTERS }),
  sortWorkersBy: (column) =>
    set((state) => ({
      workerSort: { column, direction: state.workerSort.column === column && state.workerSort.direction === 'asc' ? 'desc' : 'asc' },
    })),
}));
