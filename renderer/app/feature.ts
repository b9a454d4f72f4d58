// A feature plugs its screens into the app: routes under the shell and entries in the main menu.
import type { ComponentType, ReactElement } from 'react';

export interface FeatureRoute {
  readonly path: string;
  readonly element: ReactElement;
  /** The coordinator's screen: a counselor who types its address reads a "not for your role" page. */
  readonly coordinatorOnly?: boolean;
}

export interface Feature {
  readonly routes: readonly FeatureRoute[];
  /** Menu entries: the i18n key of the label, the path, and what the label may carry after it (Oggi's counter). */
  readonly nav: readonly { to: string; labelKey: string; badge?: ComponentType }[];
}
