// The employer list as the screen shows it: one item per employer with its labels, then the
// search (company name or partita IVA, accents and spaces ignored) and the filters.
import { searchKey } from '../../shared/text/fold';
import type { EmployerRecord } from '../db/rows';

export interface EmployerListItem {
  id: string;
  legalName: string;
  partitaIva: string;
  comuneCode: string;
  /** "Figline e Incisa Valdarno (FI)". */
  comune: string;
  /** Section with its classification ("2007:C"): letters mean different things in ATECO 2007 and 2025. */
  sectionKey: string;
  /** "C 25.62.00". */
  ateco: string;
  openOffers: number;
  /** ISO day of the latest logged contact, '' when none. */
  lastContact: string;
  nameKey: string;
}

export interface EmployerFilters {
  readonly search: string;
  readonly comuneCode: string;
  readonly sectionKey: string;
}

export const NO_EMPLOYER_FILTERS: EmployerFilters = { search: '', comuneCode: '', sectionKey: '' };

export function sectionKeyOf(record: EmployerRecord): string {
  return `${record.data.ateco.version}:${record.data.ateco.section}`;
}

export function toEmployerItem(record: EmployerRecord, context: { comune: (code: string) => string; openOffers: number; lastContact: string }): EmployerListItem {
  const { data } = record;
  return {
    id: record.id,
    legalName: data.legalName,
    partitaIva: data.partitaIva,
    comuneCode: data.comuneCode,
    comune: context.comune(data.comuneCode),
    sectionKey: sectionKeyOf(record),
    ateco: `${data.ateco.section} ${data.ateco.code}`,
    openOffers: context.openOffers,
    lastContact: context.lastContact,
    nameKey: searchKey(data.legalName),
  };
}

export function filterEmployers(items: readonly EmployerListItem[], filters: EmployerFilters): EmployerListItem[] {
  const words = searchKey(filters.search).split(' ').filter(Boolean);
  const digits = filters.search.replace(/\s+/g, '');
  const byNumber = /^\d{3,11}$/.test(digits);
  return items.filter((item) => {
    if (filters.comuneCode && item.comuneCode !== filters.comuneCode) return false;
    if (filters.sectionKey && item.sectionKey !== filters.sectionKey) return false;
    if (byNumber) return item.partitaIva.includes(digits);
    return words.every((word) => ` ${item.nameKey}`.includes(` ${word}`) || item.nameKey.includes(word));
  });
}
