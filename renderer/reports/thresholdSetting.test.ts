import { describe, expect, it } from 'vitest';
import { readMessage } from '../../shared/domain/messages';
import { thresholdSchema } from './ThresholdSetting';

const messageOf = (value: unknown) => {
  const parsed = thresholdSchema.safeParse(value);
  return parsed.success ? null : readMessage(parsed.error.issues[0]?.message ?? '');
};

describe('suppression threshold setting', () => {
  it('names its limits and asks for a number', () => {
    expect(messageOf(60)).toEqual({ key: 'validation.max', values: { max: 50 } });
    expect(messageOf(0)).toEqual({ key: 'validation.min', values: { min: 1 } });
    expect(messageOf(undefined)?.key).toBe('validation.number');
    expect(messageOf(2.5)?.key).toBe('validation.number');
    expect(messageOf(3)).toBeNull();
  });
});
