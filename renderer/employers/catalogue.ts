// Shared helpers of the employer and offer screens: repositories, labels and messages.
import i18next from 'i18next';
import { formatPlace, placeByCode } from '../../shared/geo/comuni';
import { useRepository } from '../app/useRepository';
import type { Services } from '../app/services';
import { createEmployerRepository } from '../db/repositories/employerRepository';
import { createOfferRepository } from '../db/repositories/offerRepository';

const employerRepository = (s: Services) => createEmployerRepository(s.db, s.session, s.codec);
const offerRepository = (s: Services) => createOfferRepository(s.db, s.session, s.codec);

export const useEmployerRepository = () => useRepository(employerRepository);
export const useOfferRepository = () => useRepository(offerRepository);

/** "Reggello (FI)" for a Belfiore code; the code itself when unknown. */
export function comuneLabel(code: string): string {
  const place = placeByCode(code);
  return place ? formatPlace(place) : code;
}

/**
 * Some schema messages (fixed-term months, deadline, ATECO section) have their text in this
 * feature's catalogue: point the field error there.
 */
export function ownMessage<E extends { message?: string }>(error: E | undefined): { message?: string } | undefined {
  if (!error?.message) return error;
  const own = error.message.startsWith('employers.') ? error.message : `employers.${error.message}`;
  return i18next.exists(own) ? { message: own } : error;
}

/** Comuni present in a list, by label, for a filter. */
export function comuneOptions(codes: Iterable<string>): { code: string; label: string }[] {
  return [...new Set(codes)].map((code) => ({ code, label: comuneLabel(code) })).sort((a, b) => a.label.localeCompare(b.label, 'it'));
}
