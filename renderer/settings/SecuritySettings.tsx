// Lock timeout, retention period and passphrase change.
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { useServices } from '../app/services';
import { localSettingsSchema, type LocalSettings } from '../db/repositories/settingsRepository';
import { readKeyring, replacePassphrase } from '../security/keyring';
import { PassphraseFields, usePassphraseChecker } from '../security/PassphraseFields';
import { checkNewPassphrase, newPassphraseShape } from '../security/passphraseSchema';
import { numberOrEmpty } from '../workers/form/numberField';
import { Field } from '../ui/Field';
import { useErrorText } from '../ui/messages';

function LocalSettingsForm({ initial }: { initial: LocalSettings }) {
  const { t } = useTranslation();
  const { settings, session } = useServices();
  const [saved, setSaved] = useState(false);
  const form = useForm<LocalSettings>({ resolver: zodResolver(localSettingsSchema), defaultValues: initial });
  const submit = form.handleSubmit(async (values) => {
    await settings.update(values);
    setSaved(true);
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="grid">
      <Field label={t('settings.lockAfter')} error={errors.lockAfterMinutes}>
        {(control) => <input {...control} type="number" min={1} max={240} {...form.register('lockAfterMinutes', { setValueAs: numberOrEmpty })} />}
      </Field>
      <Field label={t('settings.retention')} error={errors.retentionMonths} hint={t('settings.retentionHint')}>
        {(control) => <input {...control} type="number" min={0} max={240} disabled={session.role !== 'coordinator'} {...form.register('retentionMonths', { setValueAs: numberOrEmpty })} />}
      </Field>
      <div className="form-row-end">
        <button type="submit">{t('settings.saveSecurity')}</button>
        {saved && <span role="status">{t('settings.saved')}</span>}
      </div>
    </form>
  );
}

function ChangePassphraseForm() {
  const { t } = useTranslation();
  const { db, bridge } = useServices();
  const checker = usePassphraseChecker();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const errorText = useErrorText();
  const schema = useMemo(() => z.object({ current: z.string().min(1, { error: 'validation.required' }), ...newPassphraseShape }).superRefine((value, ctx) => checkNewPassphrase(checker, value, ['pco', 'figline', 'valdarno'], ctx)), [checker]);
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { current: '', passphrase: '', confirmation: '' } });
  const submit = form.handleSubmit(async ({ current, passphrase }) => {
    setMessage(null);
    const keyring = await readKeyring(db);
    if (keyring.kind !== 'present') return;
    try {
      await replacePassphrase(db, bridge, keyring.keystore, current, passphrase);
      form.reset();
      setMessage({ ok: true, text: t('settings.passphraseChanged') });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice success' : 'error-banner'}>
          {message.text}
        </p>
      )}
      <Field label={t('settings.currentPassphrase')} error={form.formState.errors.current}>
        {(control) => <input {...control} type="password" autoComplete="current-password" {...form.register('current')} />}
      </Field>
      <PassphraseFields form={form} personalInputs={['pco', 'figline', 'valdarno']} />
      <button type="submit" disabled={form.formState.isSubmitting}>
        {t('settings.changePassphrase')}
      </button>
    </form>
  );
}

export function SecuritySettings() {
  const { t } = useTranslation();
  const { settings, lock } = useServices();
  const current = useLiveQuery(() => settings.get(), [settings]);
  return (
    <>
      <section className="card" aria-labelledby="settings-security">
        <h2 id="settings-security">{t('settings.security')}</h2>
        {current && <LocalSettingsForm initial={current} />}
        <button type="button" onClick={lock}>
          {t('security.lockNow')}
        </button>
      </section>
      <section className="card" aria-labelledby="settings-passphrase">
        <h2 id="settings-passphrase">{t('settings.changePassphrase')}</h2>
        <ChangePassphraseForm />
      </section>
    </>
  );
}
