// The app's lifecycle: welcome (first start) → recovery code → unlocked; locked ⇄ unlocked.
import { lazy, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { Keystore } from '../../shared/crypto/keystore';
import type { PcoDatabase } from '../db/database';
import { openSession, readLocalUser, type Session } from '../db/session';
import { createRecordCodec, type RecordCodec } from '../db/codec';
import { readKeyring, type KeyringState } from '../security/keyring';
import type { Services } from './services';
import { LockScreen } from '../security/LockScreen';
import { KeystoreProblemScreen } from '../security/KeystoreProblemScreen';
import { markStartup, resetFirstScreen, STARTUP_MARKS } from './startupMarks';
import { upgradePending } from '../db/upgradePending';
import { useWindowTitleFromHeading } from '../ui/screenHeading';

// Start-up loads only what the lock screen needs; the screens behind it come in their own chunk,
// fetched while the passphrase is typed (first start's screens likewise, only when needed).
const loadUnlockedApp = () => import('./UnlockedApp');
const loadAfterUnlock = () => import('./afterUnlock');
const LazyUnlockedApp = lazy(() => loadUnlockedApp().then((module) => ({ default: module.UnlockedApp })));
type UnlockedAppModule = Awaited<ReturnType<typeof loadUnlockedApp>>;
const WelcomeScreen = lazy(() => import('../welcome/WelcomeScreen').then((module) => ({ default: module.WelcomeScreen })));
const ProtectExistingScreen = lazy(() => import('../security/ProtectExistingScreen').then((module) => ({ default: module.ProtectExistingScreen })));
const RecoveryCodeScreen = lazy(() => import('../security/RecoveryCodeScreen').then((module) => ({ default: module.RecoveryCodeScreen })));

type Stage =
  | { name: 'loading' }
  /** `reason`: the i18n key of what went wrong. */
  | { name: 'failed'; reason: 'errors.storageUnavailable' | 'errors.noLocalUser' }
  | { name: 'keyring'; keyring: Exclude<KeyringState, { kind: 'present' }> }
  | { name: 'locked'; keystore: Keystore }
  | { name: 'recovery'; code: string; services: Services }
  | { name: 'ready'; services: Services };

function stageFor(keyring: KeyringState): Stage {
  return keyring.kind === 'present' ? { name: 'locked', keystore: keyring.keystore } : { name: 'keyring', keyring };
}

/**
 * What shows while the app or one of its lazily loaded screens is on its way (main.tsx's Suspense
 * fallback); while the database is upgraded to this version's schema, that the wait is expected.
 */
export function BootMessage({ upgrading = false }: { upgrading?: boolean }) {
  const { t } = useTranslation();
  if (!upgrading) return <p className="boot">{t('app.loading')}</p>;
  return (
    <p className="boot" role="status">
      {t('app.upgrading')}
    </p>
  );
}

export function App({ db, bridge }: { db: PcoDatabase; bridge: DesktopBridge }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ name: 'loading' });
  const [upgrading, setUpgrading] = useState(false);
  useWindowTitleFromHeading(t('app.name'));

  const relock = useCallback(async () => setStage(stageFor(await readKeyring(db))), [db]);

  const servicesFor = useCallback(
    async (session: Session, codec: RecordCodec) => {
      const afterUnlock = await loadAfterUnlock();
      // Worker rows from before schema v10 get their blind index in the background; locking stops it.
      const filling = new AbortController();
      void afterUnlock.fillPersonKeys(db, codec, filling.signal).catch((error: unknown) => filling.signal.aborted || console.error(error));
      return afterUnlock.createServices(db, bridge, session, codec, () => {
        filling.abort();
        codec.clear();
        void relock();
      });
    },
    [db, bridge, relock],
  );

  useEffect(() => {
    let cancelled = false;
    // Asked before the first read opens (and upgrades) the database.
    void upgradePending(indexedDB, db.name).then((pending) => !cancelled && setUpgrading(pending), () => undefined);
    readKeyring(db).then(
      (keyring) => !cancelled && setStage(stageFor(keyring)),
      (error: unknown) => {
        console.error(error);
        if (!cancelled) setStage({ name: 'failed', reason: 'errors.storageUnavailable' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [db]);

  // The chunk, once fetched while the passphrase is typed, is rendered directly: a lazy component
  // suspends on its first render even when its chunk is already here, and React then holds the
  // fallback for ~300 ms.
  const [unlockedApp, setUnlockedApp] = useState<UnlockedAppModule | null>(null);
  useEffect(() => {
    if (stage.name !== 'locked') return;
    void loadUnlockedApp().then(setUnlockedApp);
    void loadAfterUnlock();
  }, [stage.name]);

  const unlocked = async (dataKey: CryptoKey) => {
    markStartup(STARTUP_MARKS.keyDerived);
    resetFirstScreen();
    const user = await readLocalUser(db);
    if (!user) return setStage({ name: 'failed', reason: 'errors.noLocalUser' });
    const codec = createRecordCodec(dataKey);
    await (await loadAfterUnlock()).sealLegacyRows(db, codec);
    setStage({ name: 'ready', services: await servicesFor(await openSession(db, user), codec) });
  };

  switch (stage.name) {
    case 'loading':
      return <BootMessage upgrading={upgrading} />;
    case 'failed':
      return (
        <p role="alert" className="boot error-banner">
          {t('welcome.failed', { reason: t(stage.reason) })}
        </p>
      );
    case 'keyring':
      if (stage.keyring.kind === 'none')
        return <WelcomeScreen db={db} bridge={bridge} onReady={({ session, codec, recoveryCode }) => void servicesFor(session, codec).then((services) => setStage({ name: 'recovery', code: recoveryCode, services }))} />;
      if (stage.keyring.kind === 'legacy')
        return (
          <ProtectExistingScreen
            db={db}
            bridge={bridge}
            onReady={async (codec, code) => {
              const user = await readLocalUser(db);
              if (user) setStage({ name: 'recovery', code, services: await servicesFor(await openSession(db, user), codec) });
            }}
          />
        );
      return <KeystoreProblemScreen reason={stage.keyring.reason} />;
    case 'locked':
      return <LockScreen db={db} bridge={bridge} keystore={stage.keystore} onUnlocked={(key) => void unlocked(key)} />;
    case 'recovery':
      return <RecoveryCodeScreen code={stage.code} onDone={() => setStage({ name: 'ready', services: stage.services })} />;
    case 'ready':
      return unlockedApp ? <unlockedApp.UnlockedApp services={stage.services} /> : <LazyUnlockedApp services={stage.services} />;
  }
}
