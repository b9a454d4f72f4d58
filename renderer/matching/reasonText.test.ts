import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { REASON_KEYS } from '../../shared/matching/types';
import { matchingEn, matchingIt } from '../i18n/features/matching';
import { it as itCatalogue } from '../i18n/it';
import { reasonText } from './useReasonText';

async function italian() {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'it', resources: { it: { translation: itCatalogue } }, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('reason sentences', () => {
  it('every reason the engine can give has a sentence in both languages', () => {
    for (const catalogue of [matchingIt.reason, matchingEn.reason]) {
      const keys = Object.keys(catalogue);
      for (const key of REASON_KEYS) expect(keys.includes(key) || (keys.includes(`${key}_one`) && keys.includes(`${key}_other`)), key).toBe(true);
    }
  });

  it('turns codes into labels and dates into dd/mm/yyyy', async () => {
    const t = await italian();
    expect(reasonText(t, { key: 'licenceMet', params: { licence: 'patente_c' } })).toBe('Patente C richiesta: sì');
    expect(reasonText(t, { key: 'roleYears', params: { count: 8, role: 'manutentore elettrico' } })).toBe('8 anni come manutentore elettrico');
    expect(reasonText(t, { key: 'roleYears', params: { count: 1, role: 'carrellista' } })).toBe('1 anno come carrellista');
    expect(reasonText(t, { key: 'distance', params: { from: 'Incisa in Val d’Arno', to: 'Figline Valdarno', km: 6, limit: 30 } })).toBe('Incisa in Val d’Arno → Figline Valdarno 6 km, limite 30 km');
    expect(reasonText(t, { key: 'commuteMissing', params: { from: 'Incisa in Val d’Arno', to: 'Firenze', km: 38, limit: 30 } })).toBe('Incisa in Val d’Arno → Firenze 38 km, oltre il limite di 30 km');
    expect(reasonText(t, { key: 'distance', params: { from: 'Figline Valdarno', to: 'Incisa in Val d’Arno', km: 1.3, limit: 30 } })).toBe('Figline Valdarno → Incisa in Val d’Arno 1,3 km, limite 30 km');
    expect(reasonText(t, { key: 'availableFrom', params: { availableFromDate: '2020-03-01' } })).toBe('Disponibile dal 01/03/2020');
    expect(reasonText(t, { key: 'shiftsSome', params: { shifts: 'night,weekend' } })).toBe('non accetta Notturno, Fine settimana');
    expect(reasonText(t, { key: 'educationMissing', params: { education: 'lower_secondary', minimum: 'upper_secondary' } })).toMatch(/^Titolo minimo .+: ha .+$/);
    expect(reasonText(t, { key: 'contractRefused', params: { contract: 'agency_fixed_term' } })).toBe('Non accetta il contratto «Somministrazione a termine»');
  });

  it('a proposal made today reads as today, not as 0 days ago', async () => {
    const t = await italian();
    expect(reasonText(t, { key: 'lastProposed', params: { lastDate: '2020-03-02', count: 0 } })).toBe('il 02/03/2020 (oggi)');
    expect(reasonText(t, { key: 'lastProposed', params: { lastDate: '2020-03-01', count: 1 } })).toBe('il 01/03/2020 (ieri)');
    expect(reasonText(t, { key: 'lastProposed', params: { lastDate: '2020-02-21', count: 10 } })).toBe('il 21/02/2020 (10 giorni fa)');
  });
});
