// Coordinator: export the programme key (escrow) after typing the passphrase again. The warning
// says where the file belongs: offline, on paper or a stick kept locked away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { Field } from '../../ui/Field';
import { TooManyAttemptsError, WrongSecretError } from '../../security/keyring';
import { saveProgrammeIdentity } from '../identityEscrow';
import { useErrorText, useSyncContext } from '../useSync';
import { useBridgeFailureText } from '../folderAccess';

type Message = { error: boolean; text: string };

export function IdentityCard() {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const ctx = useSyncContext();
  const errorText = useErrorText();
  const bridgeFailureText = useBridgeFailureText();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await saveProgrammeIdentity(ctx, bridge, passphrase);
      setPassphrase('');
      if (saved.ok) setMessage({ error: false, text: t('sync.identity.exported', { location: saved.value.location }) });
      else if (saved.error !== 'cancelled') setMessage({ error: true, text: bridgeFailureText(saved) });
    } catch (error) {
      if (error instanceof WrongSecretError) setMessage({ error: true, text: t('security.wrongSecret') });
      else if (error instanceof TooManyAttemptsError) setMessage({ error: true, text: t('security.tooManyAttempts', { seconds: error.waitSeconds }) });
      else setMessage({ error: true, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card sync-escrow" aria-labelledby="sync-identity-title">
      <h2 id="sync-identity-title">{t('sync.identity.title')}</h2>
      <p>{t('sync.identity.text')}</p>
      <p className="warning">{t('sync.identity.warning')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={t('sync.identity.passphrase')}>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={busy || passphrase === ''}>
          {t('sync.identity.export')}
        </button>
      </form>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-banner' : 'notice'} data-testid="identity-result">
          {message.text}
        </p>
      )}
    </section>
  );
}
