// The locale Intl formats numbers and dates in for an interface language: British English when
// English is chosen, Italian otherwise (the interface's first language).
export const intlLocale = (language: string): 'en-GB' | 'it-IT' => (language === 'en' ? 'en-GB' : 'it-IT');

/**
 * A number as the interface language writes it, thousands always grouped: 8.000 and 204.800 in
 * Italian (Intl leaves four-digit Italian numbers ungrouped by default), 8,000 in English.
 */
export const formatNumber = (value: number, language: string): string => new Intl.NumberFormat(intlLocale(language), { useGrouping: 'always', maximumFractionDigits: 2 }).format(value);

/** A month (`YYYY-MM`) by name and year: "febbraio 2019", "February 2019"; anything else as it is. */
export const formatMonth = (month: string, language: string): string =>
  /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? new Intl.DateTimeFormat(intlLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)) : month;
