import { describe, expect, it } from 'vitest';
import { entriesThatFit } from './MainMenu';

describe('the main menu on one line', () => {
  const widths = [90, 70, 60, 80];

  it('keeps every entry when they all fit, with no fold button', () => {
    expect(entriesThatFit(widths, 70, 1000)).toBe(4);
  });

  it('folds the entries that do not fit, leaving room for the fold button', () => {
    // 90+4 + 70+4 = 168, plus the button (70) and the bold slack (12) = 250: the third (64 more) does not fit in 300.
    expect(entriesThatFit(widths, 70, 300)).toBe(2);
  });

  it('folds everything when not even one entry fits beside the button (a phone)', () => {
    expect(entriesThatFit(widths, 70, 120)).toBe(0);
  });
});
