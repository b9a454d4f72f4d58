import { describe, expect, it } from 'vitest';
import { guideFor } from './guides';
import { helpEn, helpIt } from '../i18n/features/help';

describe('the guide of each screen', () => {
  it('picks the most specific screen first', () => {
    expect(guideFor('/workers')).toBe('workers');
    expect(guideFor('/workers/4c1d3e0a-0000-4000-8000-000000000001')).toBe('workerFile');
    expect(guideFor('/workers/4c1d3e0a-0000-4000-8000-000000000001/cv')).toBe('cv');
    expect(guideFor('/workers/import')).toBe('import');
    expect(guideFor('/offers/abc/board')).toBe('board');
    expect(guideFor('/offers/abc')).toBe('offers');
    expect(guideFor('/sync/devices')).toBe('sync');
    expect(guideFor('/reports/print')).toBe('reports');
  });

  it('falls back on the general guide for a screen without its own', () => {
    expect(guideFor('/somewhere/else')).toBe('general');
  });

  it('has every guide in Italian and English, with as many points', () => {
    for (const [key, guide] of Object.entries(helpIt.guides)) {
      const english = helpEn.guides[key as keyof typeof helpEn.guides];
      expect(guide.points.length, key).toBeGreaterThan(0);
      expect(english.points.length, key).toBe(guide.points.length);
    }
  });
});
