// The offer list as the screen shows it: the displayed state (an open offer whose placements
// reach its positions shows as filled), then the search on the role and the filters.
import { searchKey } from '../../../shared/text/fold';
import type { OfferState } from '../../../shared/domain/offer';
import { displayedOfferState, type OfferRecord } from '../../db/repositories/offerRepository';

export interface OfferListItem {
  id: string;
  role: string;
  employerId: string;
  employer: string;
  comuneCode: string;
  comune: string;
  contractType: string;
  positions: number;
  filled: number;
  receivedOn: string;
  deadline: string;
  state: OfferState;
  roleKey: string;
}

export interface OfferFilters {
  readonly search: string;
  readonly state: OfferState | '';
  readonly employerId: string;
  readonly comuneCode: string;
}

export const NO_OFFER_FILTERS: OfferFilters = { search: '', state: '', employerId: '', comuneCode: '' };

export function toOfferItem(record: OfferRecord, context: { employer: (id: string) => string; comune: (code: string) => string; filled: number }): OfferListItem {
  const { data } = record;
  return {
    id: record.id,
    role: data.role,
    employerId: data.employerId,
    employer: context.employer(data.employerId),
    comuneCode: data.comuneCode,
    comune: context.comune(data.comuneCode),
    contractType: data.contractType,
    positions: data.positions,
    filled: context.filled,
    receivedOn: data.receivedOn,
    deadline: data.deadline ?? '',
    state: displayedOfferState(data, context.filled),
    roleKey: searchKey(data.role),
  };
}

export function filterOffers(items: readonly OfferListItem[], filters: OfferFilters): OfferListItem[] {
  const words = searchKey(filters.search).split(' ').filter(Boolean);
  return items.filter(
    (item) =>
      (!filters.state || item.state === filters.state) &&
      (!filters.employerId || item.employerId === filters.employerId) &&
      (!filters.comuneCode || item.comuneCode === filters.comuneCode) &&
      words.every((word) => item.roleKey.includes(word)),
  );
}
