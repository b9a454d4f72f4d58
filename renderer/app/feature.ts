// A feature plugs its screens into the app: routes under the shell and entries in the main menu.
import type { ReactElement } from 'react';

export interface Feature {
  readonly routes: readonly { path: string; element: ReactElement }[];
  /** Menu entries: the i18n key of the label and the path. */
  readonly nav: readonly { to: string; labelKey: string }[];
}
