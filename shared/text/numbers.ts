// Numbers as Italians write them: decimal comma (98,8), thousands always grouped (8.000, 204.800),
// the sign shown where a number is a difference (+12,8). English (en-GB) when chosen.
import { intlLocale } from '../i18n/locale';

const formats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build and these run per table cell: one per locale and option set. */
function cached(language: string, fractionDigits: number, signed: boolean, minimumDigits: number): Intl.NumberFormat {
  const locale = intlLocale(language);
  const key = `${locale}|${fractionDigits}|${signed}|${minimumDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      useGrouping: 'always',
      minimumFractionDigits: minimumDigits,
      maximumFractionDigits: fractionDigits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formats.set(key, format);
  }
  return format;
}

/** "98,8", "1.234,5", "8.000" in Italian; at most `fractionDigits` decimals, trailing zeros dropped. */
export function formatDecimal(value: number, language = 'it', fractionDigits = 1): string {
  return cached(language, fractionDigits, false, 0).format(value);
}

/** Exactly `fractionDigits` decimals: "1,30", "12,00" (percentages and amounts in a column). */
export function formatFixed(value: number, language = 'it', fractionDigits = 1): string {
  return cached(language, fractionDigits, false, fractionDigits).format(value);
}

/** A difference, its sign always shown except for zero: "+12,8", "-3", "0". */
export function formatSigned(value: number, language = 'it', fractionDigits = 1): string {
  return cached(language, fractionDigits, true, 0).format(value);
}

/** "98,8%" in Italian, "98.8%" in English: a share already in percent (0–100). */
export function formatPercent(value: number, language = 'it', fractionDigits = 1): string {
  return `${formatDecimal(value, language, fractionDigits)}%`;
}

/**
 * A number typed by a person: "12,5" and "12.5" (the numeric keypad's key) are twelve and a half,
 * "1.234" and "1.234,5" have thousands dots, spaces are ignored. Undefined when it is not a number.
 */
export function parseDecimal(text: string): number | undefined {
  const value = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\+/, '').replace(/^[−–]/, '-');
  if (value === '') return undefined;
  let canonical: string;
  if (value.includes(',')) {
    if (!/^-?\d{1,3}(\.\d{3})*,\d*$|^-?\d*,\d*$/.test(value)) return undefined;
    canonical = value.replace(/\./g, '').replace(',', '.');
  } else if (/^-?[1-9]\d{0,2}(\.\d{3})+$/.test(value)) {
    canonical = value.replace(/\./g, '');
  } else {
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(value)) return undefined;
    canonical = value;
  }
  if (canonical === '' || canonical === '-' || canonical === '.' || canonical === '-.') return undefined;
  const number = Number(canonical);
  return Number.isFinite(number) ? number : undefined;
}
