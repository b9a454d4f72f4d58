import { describe, expect, it } from 'vitest';
import { atPlace, euphonic } from './italian';

describe('d eufonica', () => {
  it('adds the d before the same vowel only', () => {
    expect(atPlace('Arezzo')).toBe('ad Arezzo');
    expect(atPlace('Empoli')).toBe('a Empoli');
    expect(atPlace('Figline e Incisa Valdarno')).toBe('a Figline e Incisa Valdarno');
    expect(atPlace('Àlbano')).toBe('ad Àlbano');
    expect(euphonic('e', 'Elena')).toBe('ed');
    expect(euphonic('e', 'Arezzo')).toBe('e');
    expect(euphonic('a', '«Anghiari»')).toBe('ad');
    expect(euphonic('a', '')).toBe('a');
  });
});
