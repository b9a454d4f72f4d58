// "3 contatti, 2 offerte": what a record already has, for the delete confirmation.
import type { TFunction } from 'i18next';
import type { EmployerUsage } from '../db/repositories/employerRepository';
import type { OfferUsage } from '../db/repositories/offerRepository';

export function employerHistory(t: TFunction, usage: EmployerUsage): string {
  const parts: string[] = [];
  if (usage.contacts > 0) parts.push(t('employers.file.history.contacts', { count: usage.contacts }));
  if (usage.offers > 0) parts.push(t('employers.file.history.offers', { count: usage.offers }));
  if (usage.meetings > 0) parts.push(t('employers.file.history.meetings', { count: usage.meetings }));
  return parts.join(', ');
}

export function offerHistory(t: TFunction, usage: OfferUsage): string {
  const parts: string[] = [];
  if (usage.candidacies > 0) parts.push(t('employers.offer.history.candidacies', { count: usage.candidacies }));
  if (usage.placements > 0) parts.push(t('employers.offer.history.placements', { count: usage.placements }));
  return parts.join(', ');
}
