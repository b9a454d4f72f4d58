// Validation of the Italian partita IVA (VAT number): 11 digits, where digits 1-7 are the
// taxpayer's serial number, 8-10 the issuing office and 11 a Luhn-style check digit.

export type PartitaIvaError = 'empty' | 'length' | 'format' | 'checkDigit' | 'office';

export type PartitaIvaResult = { ok: true; value: string } | { ok: false; error: PartitaIvaError };

/**
 * Office codes in digits 8-10: 001-100 are the provincial offices, 120 and 121 were assigned
 * to the newer provinces, 888 and 999 are used by the Agenzia delle Entrate for special cases.
 */
function isKnownOffice(office: number): boolean {
  return (office >= 1 && office <= 100) || office === 120 || office === 121 || office === 888 || office === 999;
}

/**
 * Check digit for the first 10 digits: digits in odd positions (1st, 3rd, ...) count as they
 * are, digits in even positions are doubled, minus 9 when the double exceeds 9.
 */
export function computePartitaIvaCheckDigit(first10: string): string {
  if (!/^\d{10}$/.test(first10)) throw new RangeError(`Expected 10 digits, got "${first10}"`);
  let sum = 0;
  for (let position = 0; position < 10; position++) {
    const digit = Number(first10.charAt(position));
    if (position % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return String((10 - (sum % 10)) % 10);
}

/** Validates a partita IVA; spaces are ignored. Errors are checked in the order of the type. */
export function validatePartitaIva(input: string): PartitaIvaResult {
  const value = input.replace(/\s+/g, '');
  if (value === '') return { ok: false, error: 'empty' };
  if (value.length !== 11) return { ok: false, error: 'length' };
  if (!/^\d{11}$/.test(value)) return { ok: false, error: 'format' };
  if (computePartitaIvaCheckDigit(value.slice(0, 10)) !== value.charAt(10)) return { ok: false, error: 'checkDigit' };
  if (!isKnownOffice(Number(value.slice(7, 10)))) return { ok: false, error: 'office' };
  return { ok: true, value };
}
