// The locked app: a blurred, empty shell behind a passphrase prompt. Forgotten passphrase: the
// recovery code opens the data and sets a new passphrase; when that is lost too, the coordinator's
// recovery file and one-time code do (CoordinatorRecoveryUnlock).
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Keystore } from '../../shared/crypto/keystore';
import { normalizeRecoveryCode } from '../../shared/crypto/recoveryCode';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';
import { recover, unlock } from './keyring';
import { logIfUnexpected, useErrorText } from '../ui/messages';
import { Field } from '../ui/Field';
import { PassphraseFields, usePassphraseChecker } from './PassphraseFields';
import { checkNewPassphrase, newPassphraseShape } from './passphraseSchema';
import { CoordinatorRecoveryUnlock } from './CoordinatorRecoveryUnlock';
import type { CoordinatorRecovery } from './coordinatorRecovery';
import { RecoveryCodeScreen } from './RecoveryCodeScreen';
import { markStartup, STARTUP_MARKS } from '../app/startupMarks';

interface Props {
  db: PcoDatabase;
  bridge: DesktopBridge;
  keystore: Keystore;
  onUnlocked: (dataKey: CryptoKey) => void;
}

/** Why the key store did not open (wrong passphrase, too many attempts, the OS key…), in the user's words. */
function useUnlockError() {
  const errorText = useErrorText();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const report = (error: unknown) => {
    logIfUnexpected(error);
    setFailure({ error });
  };
  return { message: failure && errorText(failure.error), report, clear: () => setFailure(null) };
}

function PassphraseUnlock({ db, bridge, keystore, onUnlocked }: Props) {
  const { t } = useTranslation();
  const failure = useUnlockError();
  const form = useForm<{ passphrase: string }>({ defaultValues: { passphrase: '' } });
  useEffect(() => markStartup(STARTUP_MARKS.lockReady), []);
  const submit = form.handleSubmit(async ({ passphrase }) => {
    failure.clear();
    try {
      onUnlocked(await unlock(db, bridge, keystore, passphrase));
    } catch (error) {
      form.resetField('passphrase');
      failure.report(error);
      // The button was disabled while checking, which took the focus from wherever it was: it goes
      // back to the field, to type again.
      form.setFocus('passphrase');
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {failure.message && (
        <p role="alert" className="error-banner">
          {failure.message}
        </p>
      )}
      <Field label={t('security.passphrase')}>{(control) => <input {...control} {...form.register('passphrase')} type="password" autoComplete="current-password" autoFocus />}</Field>
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t('security.unlocking') : t('security.unlock')}
      </button>
    </form>
  );
}

function RecoveryUnlock({ db, bridge, keystore, onUnlocked }: Props) {
  const { t } = useTranslation();
  const failure = useUnlockError();
  const checker = usePassphraseChecker();
  const schema = useMemo(
    () =>
      z.object({ code: z.string(), ...newPassphraseShape }).superRefine((value, ctx) => {
        if (!normalizeRecoveryCode(value.code)) ctx.addIssue({ code: 'custom', path: ['code'], message: 'security.recoveryMalformed' });
        checkNewPassphrase(checker, value, ['pco', 'figline', 'valdarno'], ctx);
      }),
    [checker],
  );
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { code: '', passphrase: '', confirmation: '' } });
  const submit = form.handleSubmit(async ({ code, passphrase }) => {
    failure.clear();
    try {
      onUnlocked(await recover(db, bridge, keystore, normalizeRecoveryCode(code) ?? code, passphrase));
    } catch (error) {
      failure.report(error);
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {failure.message && (
        <p role="alert" className="error-banner">
          {failure.message}
        </p>
      )}
      <Field label={t('security.recoveryCode')} error={form.formState.errors.code}>
        {(control) => <input {...control} {...form.register('code')} className="mono" autoComplete="off" spellCheck={false} />}
      </Field>
      <PassphraseFields form={form} personalInputs={['pco', 'figline', 'valdarno']} />
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        {t('security.recoverAndSet')}
      </button>
    </form>
  );
}

type Mode = 'passphrase' | 'recoveryCode' | 'coordinator';

export function LockScreen(props: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('passphrase');
  const [recovered, setRecovered] = useState<CoordinatorRecovery | null>(null);
  // The coordinator path made a new key store: its new recovery code is shown once before the app opens.
  if (recovered) return <RecoveryCodeScreen code={recovered.recoveryCode} onDone={() => props.onUnlocked(recovered.dataKey)} />;
  const intro = { passphrase: t('security.lockedText'), recoveryCode: t('security.recoveryIntro'), coordinator: t('sync.recover.intro') }[mode];
  return (
    <div className="locked">
      <div className="locked-backdrop" aria-hidden="true">
        <div className="topbar" />
        <div className="locked-blocks" />
      </div>
      <main className="lock-dialog card" id="main" aria-labelledby="lock-title">
        <h1 id="lock-title">{mode === 'coordinator' ? t('sync.recover.link') : t('security.lockedTitle')}</h1>
        <p>{intro}</p>
        {mode === 'passphrase' && <PassphraseUnlock {...props} />}
        {mode === 'recoveryCode' && <RecoveryUnlock {...props} />}
        {mode === 'coordinator' && <CoordinatorRecoveryUnlock db={props.db} bridge={props.bridge} onRecovered={setRecovered} />}
        <div className="lock-links">
          {mode !== 'passphrase' && (
            <button type="button" className="link" onClick={() => setMode('passphrase')}>
              {t('security.backToPassphrase')}
            </button>
          )}
          {mode === 'passphrase' && (
            <button type="button" className="link" onClick={() => setMode('recoveryCode')}>
              {t('security.forgotten')}
            </button>
          )}
          {mode !== 'coordinator' && (
            <button type="button" className="link" onClick={() => setMode('coordinator')}>
              {t('sync.recover.link')}
            </button>
          )}
        </div>
      </main>
    </div>
  );
}
