// The options of the one PCO Desk window, as a pure function so a test can pin every security
// flag. Typed structurally (no electron import): the literal `true`/`false` types make it a
// compile error to loosen a flag, and the object is assignable to BrowserWindowConstructorOptions.

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

export function createMainWindowOptions({ preloadPath, devTools }: MainWindowInput): MainWindowOptions {
  if (preloadPath.length === 0) throw new Error('createMainWindowOptions: preloadPath is required');
  return {
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
  };
}

/** The window title for a page title: always names the app, never empty. */
export function windowTitleFor(pageTitle: string): string {
  const title = pageTitle.trim();
  if (title === '') return APP_TITLE;
  return title.includes(APP_TITLE) ? title : `${title} — ${APP_TITLE}`;
}
