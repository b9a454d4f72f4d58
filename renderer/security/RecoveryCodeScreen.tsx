// The recovery code, shown once right after the passphrase is set.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function RecoveryCodeScreen({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  return (
    <main className="welcome" id="main">
      <section className="card recovery" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t('security.recoveryTitle')}</h1>
        <p>{t('security.recoveryText')}</p>
        <p className="recovery-code mono" data-testid="recovery-code">
          {code}
        </p>
        <p className="warning">{t('security.recoveryWarning')}</p>
        <label className="inline">
          <input type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} /> {t('security.recoveryKept')}
        </label>
        <button type="button" className="primary" disabled={!kept} onClick={onDone}>
          {t('security.continue')}
        </button>
      </section>
    </main>
  );
}
