// The shared report labels (shared/reports/labels.ts, reportSheets.ts) take a plain translate
// function, so the headless CLI can pass its own lookup. i18next's `t` is that function; only its
// typed keys are narrower than `string`. The keys the labels build are checked against the app
// catalogue by reportTexts.test.ts.
import type { TFunction } from 'i18next';
import type { Translate } from '../../shared/reports/types';

export const asTranslate = (t: TFunction): Translate => t as unknown as Translate;
