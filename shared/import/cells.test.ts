import { describe, expect, it } from 'vitest';
import { excelSerialToIso, readDateText } from '../time/dates';
import { cellText, dateCellText } from './cells';
import { readDate } from './fieldReaders';
import { readMessage } from '../domain/messages';

describe('dates from spreadsheets', () => {
  it('reads Excel serial numbers, with the 29 February 1900 Excel invented', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBe('1900-02-29');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(43_524.75)).toBe('2019-02-28');
    expect(excelSerialToIso(0)).toBeUndefined();
  });

  it('reads dd/mm/yyyy, two-digit years, ISO and serials written as text', () => {
    expect(readDateText('1/3/2019')).toBe('2019-03-01');
    expect(readDateText('01-03-80', 2026)).toBe('1980-03-01');
    expect(readDateText('01.03.19', 2026)).toBe('2019-03-01');
    expect(readDateText('2019-03-01T00:00:00Z')).toBe('2019-03-01');
    expect(readDateText('43525')).toBe('2019-03-01');
    expect(readDateText('marzo 2019')).toBeUndefined();
  });

  it('says which day does not exist', () => {
    const impossible = readDate('31/02/2019');
    expect(impossible.ok ? undefined : readMessage(impossible.message)).toEqual({ key: 'validation.noSuchDay', values: { date: '31/02/2019', month: { month: '2019-02' }, days: 28 } });
    expect(readDate('29/02/2020')).toEqual({ ok: true, value: '2020-02-29' });
  });

  it('shows cells as typed: date cells and serials of date columns as dd/mm/yyyy, numbers without exponent', () => {
    expect(dateCellText(new Date(Date.UTC(1980, 0, 31)))).toBe('31/01/1980');
    expect(dateCellText(29251)).toBe('31/01/1980');
    expect(dateCellText(60)).toBe('29/02/1900');
    expect(cellText(3331234567)).toBe('3331234567');
    expect(cellText('  ROSSI   MARIO ')).toBe('ROSSI MARIO');
  });
});
