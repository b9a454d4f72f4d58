import { describe, expect, it } from 'vitest';
import { it as itCatalogue } from '../i18n/it';
import { en as enCatalogue } from '../i18n/en';
import { FILE_SECTIONS, sectionElementId, sectionOf, sectionsOf } from './fileSections';

const lookup = (catalogue: object, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogue);

describe('worker file sections', () => {
  it('reads the section named by the address, and nothing else', () => {
    expect(sectionOf('documenti')).toBe('documenti');
    expect(sectionOf('cronologia')).toBe('cronologia');
    expect(sectionOf(null)).toBeUndefined();
    expect(sectionOf('')).toBeUndefined();
    expect(sectionOf('Documenti')).toBeUndefined();
    expect(sectionOf('toString')).toBeUndefined();
  });

  it('a new file lists only the form, a saved one everything, in page order', () => {
    expect(sectionsOf(false).map((s) => s.key)).toEqual(['anagrafica', 'adesione', 'percorsi', 'profilo', 'preferenze']);
    expect(sectionsOf(true).map((s) => s.key)).toEqual(FILE_SECTIONS.map((s) => s.key));
  });

  it('every section has a label in both languages and its own element id', () => {
    for (const section of FILE_SECTIONS) {
      expect(typeof lookup(itCatalogue, section.labelKey), section.labelKey).toBe('string');
      expect(typeof lookup(enCatalogue, section.labelKey), section.labelKey).toBe('string');
    }
    expect(new Set(FILE_SECTIONS.map((s) => sectionElementId(s.key))).size).toBe(FILE_SECTIONS.length);
  });
});
