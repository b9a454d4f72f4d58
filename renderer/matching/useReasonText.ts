// Turns the engine's reasons ({ key, params }) into sentences: codes become their vocabulary
// labels and ISO dates dd/mm/yyyy before the sentence is looked up in the catalogue.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ContractType, EducationLevel, Licence, Shift } from '../../shared/domain/vocabulary';
import type { Reason } from '../../shared/matching/types';
import { formatItalianDate } from '../../shared/time/dates';
import { formatDecimal } from '../../shared/text/numbers';

export function reasonText(t: TFunction, reason: Reason, language = 'it'): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    // `count` picks the plural form and stays a number; the others are written 1,3 in Italian.
    if (typeof value === 'number') params[name] = name === 'count' ? value : formatDecimal(value, language);
    else if (name === 'licence') params[name] = t(`vocab.licence.${value as Licence}`);
    else if (name === 'education' || name === 'minimum') params[name] = t(`vocab.education.${value as EducationLevel}`);
    else if (name === 'contract') params[name] = t(`vocab.contract.${value as ContractType}`);
    else if (name === 'shifts') params[name] = value.split(',').map((shift) => t(`vocab.shift.${shift as Shift}`)).join(', ');
    else if (name.endsWith('Date')) params[name] = formatItalianDate(value);
    else params[name] = value;
  }
  return t(`matching.reason.${reason.key}`, params);
}

export function useReasonText(): (reason: Reason) => string {
  const { t, i18n } = useTranslation();
  return useCallback((reason: Reason) => reasonText(t, reason, i18n.language), [t, i18n.language]);
}
