// What only an unlocked session needs: the repositories behind every screen, the sealing of rows
// left in clear by old versions and the blind index of worker rows from before schema v10. Loaded
// apart from the lock screen (and fetched while the passphrase is typed), because the repositories
// bring the domain schemas and the table of comuni, a good part of the JavaScript the lock screen
// would otherwise parse before showing.
export { createServices } from './services';
export { sealLegacyRows } from '../db/setup';
export { fillPersonKeys } from '../db/personKey';
