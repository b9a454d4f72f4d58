import { describe, expect, it } from 'vitest';
import { APP_TITLE, createMainWindowOptions, windowTitleFor } from './windowOptions';

describe('createMainWindowOptions', () => {
  const options = createMainWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });

  it('hardens the renderer', () => {
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('names the window and waits for the first paint before showing it', () => {
    expect(options.title).toBe(APP_TITLE);
    expect(options.title).toContain('PCO Desk');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeLessThanOrEqual(options.width);
    expect(options.minHeight).toBeLessThanOrEqual(options.height);
  });

  it('enables developer tools only when asked and requires a preload path', () => {
    expect(createMainWindowOptions({ preloadPath: '/p.cjs', devTools: true }).webPreferences.devTools).toBe(true);
    expect(() => createMainWindowOptions({ preloadPath: '', devTools: false })).toThrow(/preloadPath/);
  });

  it('returns a fresh object each time', () => {
    const again = createMainWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
    expect(again).toEqual(options);
    expect(again).not.toBe(options);
  });
});

describe('windowTitleFor', () => {
  it('always names the app, without repeating it', () => {
    expect(windowTitleFor('')).toBe('PCO Desk');
    expect(windowTitleFor('   ')).toBe('PCO Desk');
    expect(windowTitleFor('PCO Desk')).toBe('PCO Desk');
    expect(windowTitleFor('Lavoratori')).toBe('Lavoratori — PCO Desk');
    expect(windowTitleFor('PCO Desk · Offerte')).toBe('PCO Desk · Offerte');
  });
});
