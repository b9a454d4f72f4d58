// UI state of the employer and offer lists (filters survive leaving the screen and coming back).
import { create } from 'zustand';
import { NO_EMPLOYER_FILTERS, type EmployerFilters } from './employerQuery';
import { NO_OFFER_FILTERS, type OfferFilters } from './offers/offerQuery';

interface CatalogueFiltersState {
  readonly employerFilters: EmployerFilters;
  readonly offerFilters: OfferFilters;
  setEmployerFilters(patch: Partial<EmployerFilters>): void;
  setOfferFilters(patch: Partial<OfferFilters>): void;
  clearEmployerFilters(): void;
  clearOfferFilters(): void;
}

export const useCatalogueFilters = create<CatalogueFiltersState>()((set) => ({
  employerFilters: NO_EMPLOYER_FILTERS,
  offerFilters: NO_OFFER_FILTERS,
  setEmployerFilters: (patch) => set((state) => ({ employerFilters: { ...state.employerFilters, ...patch } })),
  setOfferFilters: (patch) => set((state) => ({ offerFilters: { ...state.offerFilters, ...patch } })),
  clearEmployerFilters: () => set({ employerFilters: NO_EMPLOYER_FILTERS }),
  clearOfferFilters: () => set({ offerFilters: NO_OFFER_FILTERS }),
}));
