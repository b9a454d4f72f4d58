// Which guide the "?" opens on each screen: the first pattern that matches the address wins (so a
// worker's CV comes before the worker file). The coordinator's two guides are always offered too.
import { matchPath } from 'react-router-dom';
import type { helpIt } from '../i18n/features/help';

export type GuideKey = keyof typeof helpIt.guides;

const SCREEN_GUIDES: readonly (readonly [pattern: string, guide: GuideKey])[] = [
  ['/workers/import', 'import'],
  ['/employers/import', 'import'],
  ['/workers/duplicates', 'duplicates'],
  ['/workers/:id/cv', 'cv'],
  ['/workers/:id/matching', 'matching'],
  ['/offers/:id/matching', 'matching'],
  ['/matching/settings', 'matching'],
  ['/offers/:id/board', 'board'],
  ['/workers/:id', 'workerFile'],
  ['/workers', 'workers'],
  ['/employers/*', 'employers'],
  ['/employers', 'employers'],
  ['/offers/*', 'offers'],
  ['/offers', 'offers'],
  ['/meetings', 'meetings'],
  ['/courses/*', 'courses'],
  ['/courses', 'courses'],
  ['/enrolments/:id', 'courses'],
  ['/agenda', 'agenda'],
  ['/dashboard', 'reports'],
  ['/reports/*', 'reports'],
  ['/reports', 'reports'],
  ['/dossier', 'dossier'],
  ['/sync/*', 'sync'],
  ['/sync', 'sync'],
  ['/settings', 'settings'],
  ['/audit', 'audit'],
];

/** The coordinator's guides, offered under every screen's own. */
export const SETUP_GUIDES: readonly GuideKey[] = ['setup', 'usbSync'];

export function guideFor(pathname: string): GuideKey {
  return SCREEN_GUIDES.find(([pattern]) => matchPath({ path: pattern, end: true }, pathname))?.[1] ?? 'general';
}
