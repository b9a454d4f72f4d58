import { describe, expect, it } from 'vitest';
import { rebaseEdits } from './useRecordWithDraft';

interface File {
  surname: string;
  address: string;
  status: string;
  skills: string[];
  commuteLimitKm?: number;
  ateco?: { code: string; section: string };
}

const base: File = { surname: 'Bianchi', address: 'Via Roma 1', status: 'active', skills: ['saldatura'], commuteLimitKm: 30, ateco: { code: '25.62', section: 'C' } };

describe('rebaseEdits', () => {
  it('keeps a status changed elsewhere when the user typed only an address', () => {
    const latest = { ...base, status: 'placed' };
    const edited = { ...base, address: 'Via Nuova 2' };
    expect(rebaseEdits(base, latest, edited)).toEqual({ ...base, status: 'placed', address: 'Via Nuova 2' });
  });

  it('lets the user’s own change of a field win over the change made elsewhere', () => {
    const latest = { ...base, status: 'placed', skills: ['saldatura', 'muletto'] };
    const edited = { ...base, status: 'withdrawn' };
    expect(rebaseEdits(base, latest, edited)).toEqual({ ...latest, status: 'withdrawn' });
  });

  it('compares lists and nested objects by value, whatever the key order', () => {
    const latest = { ...base, skills: ['saldatura', 'muletto'] };
    const edited = { ...base, skills: ['saldatura'], ateco: { section: 'C', code: '25.62' } };
    expect(rebaseEdits(base, latest, edited)).toEqual(latest);
  });

  it('treats a field the user emptied as an edit, and empty values alike', () => {
    const { commuteLimitKm: _removed, ...edited } = base;
    const latest = { ...base, status: 'in_training' };
    expect(rebaseEdits(base, latest, edited as File)).toEqual({ ...edited, status: 'in_training' });
    expect(rebaseEdits({ ...base, address: '' }, latest, { ...base, address: undefined as unknown as string })).toEqual(latest);
  });
});
