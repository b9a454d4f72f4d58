import { describe, expect, it } from 'vitest';
import { entriesThatFit } from './MainMenu';

describe('the main menu on one line', () => {
  const widths = [90, 70, 60, 80];

  it('keeps every entry when they all fit, with no fold button', () => {
    expect(entriesThatFit(widths, 70, 1000)).toBe(4);
  });

  it('folds the entries that do not fit, leaving room for the fold button', () => {
    // 90+4 + 70+4 + 60+4 = 232, plus the button (70) and the bold slack (12) = 314: the fourth (84 more) does not fit in 320.
    expect(entriesThatFit(widths, 70, 320)).toBe(3);
  });

  it('folds them all when only one or two would stay beside the button', () => {
    expect(entriesThatFit(widths, 70, 300)).toBe(0);
  });

  it('folds everything when not even one entry fits beside the button (a phone)', () => {
    expect(entriesThatFit(widths, 70, 120)).toBe(0);
  });
});
