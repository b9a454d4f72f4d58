import { describe, expect, it } from 'vitest';
import { proposeMany } from './proposeMany';

describe('proposing several candidacies', () => {
  it('keeps going after a refusal and says which were created and which refused', async () => {
    const refusal = new Error('awaitingConsent');
    const tried: string[] = [];
    const outcome = await proposeMany(['a', 'b', 'c'], async (key) => {
      tried.push(key);
      if (key === 'b') throw refusal;
      return { id: `cand-${key}` };
    });
    expect(tried).toEqual(['a', 'b', 'c']);
    expect(outcome.created).toEqual([
      { key: 'a', candidacyId: 'cand-a' },
      { key: 'c', candidacyId: 'cand-c' },
    ]);
    expect(outcome.refused).toEqual([{ key: 'b', error: refusal }]);
  });

  it('proposes one at a time, each after the previous one is written', async () => {
    let running = 0;
    let most = 0;
    await proposeMany(['x', 'y', 'z'], async (key) => {
      running++;
      most = Math.max(most, running);
      await Promise.resolve();
      running--;
      return { id: key };
    });
    expect(most).toBe(1);
  });

  it('nothing selected, nothing proposed', async () => {
    expect(await proposeMany([], () => Promise.reject(new Error('never called')))).toEqual({ created: [], refused: [] });
  });
});
