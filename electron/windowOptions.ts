// The one PCO Desk window and its options. The options are an object literal written as the
// argument of the `new BrowserWindow` expression, on purpose: Electronegativity (test:security) reads
// literals at the construction site only — it follows no function call, variable or spread in
// TypeScript — so this is the one shape in which it checks the real flags. The class is injected
// (main.ts passes Electron's BrowserWindow), so a test can construct with a recording fake and
// pin every flag. Typed structurally (no electron import): the literal `true`/`false` types make
// it a compile error to loosen a flag, and the options are assignable to
// BrowserWindowConstructorOptions.

export interface HardenedWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly sandbox: true;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly spellcheck: false;
  readonly safeDialogs: true;
  /** Middle-click ("auxclick") must not open links in new windows. */
  readonly disableBlinkFeatures: 'Auxclick';
  readonly devTools: boolean;
}

export interface MainWindowOptions {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  /** Shown on 'ready-to-show', so the user never sees an empty white frame. */
  readonly show: false;
  readonly backgroundColor: string;
  readonly webPreferences: HardenedWebPreferences;
}

export interface MainWindowInput {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  readonly preloadPath: string;
  /** Developer tools are for unpackaged builds only. */
  readonly devTools: boolean;
}

export const APP_TITLE = 'PCO Desk';

/** What this module needs of Electron's BrowserWindow class: its constructor. */
export type MainWindowConstructor<W> = new (options: MainWindowOptions) => W;

/**
 * Opens (hidden) the main window. The parameter is named `BrowserWindow` because that is the
 * class it is, and the name Electronegativity looks for at a `new` expression.
 */
export function constructMainWindow<W>(BrowserWindow: MainWindowConstructor<W>, { preloadPath, devTools }: MainWindowInput): W {
  if (preloadPath.length === 0) throw new Error('constructMainWindow: preloadPath is required');
  return new BrowserWindow({
    title: APP_TITLE,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
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
      devTools,
    },
  });
}

/** The window title for a page title: always names the app, never empty. */
export function windowTitleFor(pageTitle: string): string {
  const title = pageTitle.trim();
  if (title === '') return APP_TITLE;
  return title.includes(APP_TITLE) ? title : `${title} — ${APP_TITLE}`;
}
