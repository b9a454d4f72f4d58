import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BUNDLE_BYTES, tooLargeFailure } from '../../shared/platform/desktopBridge';
import { en } from '../i18n/en';
import { it as italian } from '../i18n/it';
import { createMemoryBridge } from '../platform/memory/bridge';
import { bridgeFailureText, isStaleSharedFolder, usableSharedFolder } from './folderAccess';

async function translator(lng: 'it' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { it: { translation: italian }, en: { translation: en } }, lng, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('an old shared-folder setting holding a path', () => {
  it('is stale: no bridge accepts a path any more, so it is not used and the user chooses again', () => {
    for (const token of ['/home/giulia/PCO', 'C:\\Users\\Giulia\\PCO', '\\\\server\\share', 'E:\\']) {
      expect(isStaleSharedFolder({ token, label: token }), token).toBe(true);
      expect(usableSharedFolder({ token, label: token })).toBeNull();
    }
    const issued = { token: 'folder-0b7c2a8e-5d1f-4c0a-9e55-0c1f7f4d2a11', label: '/home/giulia/PCO' };
    expect(isStaleSharedFolder(issued)).toBe(false);
    expect(usableSharedFolder(issued)).toBe(issued);
    expect(usableSharedFolder(null)).toBeNull();
  });
});

describe('bridge refusals in plain words', () => {
  it('names the limit a file went over, in Italian and in English', async () => {
    expect(bridgeFailureText(tooLargeFailure(MAX_BUNDLE_BYTES + 1, MAX_BUNDLE_BYTES), await translator('it'), 'it')).toBe('Il file supera il limite di 512 MB.');
    expect(bridgeFailureText(tooLargeFailure(2_000_000, 1_048_576), await translator('en'), 'en')).toBe('The file is over the limit of 1 MB.');
  });

  it('asks to choose the folder again when the bridge no longer knows it', async () => {
    const bridge = createMemoryBridge();
    const refused = await bridge.listSharedFolder({ folder: '/home/giulia/PCO' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(bridgeFailureText(refused, await translator('it'), 'it')).toMatch(/^La cartella condivisa non è più riconosciuta: sceglila di nuovo/);
  });

  it('says every other refusal in plain words, never the bridge\'s developer detail', async () => {
    const t = await translator('it');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(bridgeFailureText({ ok: false, error: 'ioError', detail: 'EACCES: permission denied' }, t, 'it')).toMatch(/^Il file non si può leggere o scrivere/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('EACCES'));
    expect(bridgeFailureText({ ok: false, error: 'ioError' }, t, 'it')).not.toContain('ioError');
    expect(bridgeFailureText({ ok: false, error: 'tooLarge', detail: 'too big' }, t, 'it')).not.toContain('too big');
    expect(bridgeFailureText({ ok: false, error: 'unavailable' }, t, 'it')).toMatch(/^Questa funzione non è disponibile qui/);
    expect(bridgeFailureText({ ok: false, error: 'invalidRequest', detail: 'folder: bad' }, t, 'it')).not.toContain('folder');
    warn.mockRestore();
  });
});
