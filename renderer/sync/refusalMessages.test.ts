// Every refusal reason the sync core can give has a plain message in both languages: a reason
// added in shared/sync without its text would show a raw key to the user.
import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../shared/sync';
import { syncEn, syncIt } from '../i18n/features/sync';

describe('refusal messages', () => {
  it.each(REFUSAL_REASONS)('%s has an Italian and an English message', (reason) => {
    const it = (syncIt.refusal as Record<string, string | undefined>)[reason];
    const en = (syncEn.refusal as Record<string, string | undefined>)[reason];
    expect(it?.trim()).toBeTruthy();
    expect(en?.trim()).toBeTruthy();
    expect(it).not.toBe(en);
  });

  it('has no message for a reason the core does not know', () => {
    expect(Object.keys(syncIt.refusal).sort()).toEqual([...REFUSAL_REASONS].sort());
  });
});
