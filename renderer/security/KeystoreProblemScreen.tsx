// The key store is missing or damaged while encrypted data exists: explain, never start over.
import { useTranslation } from 'react-i18next';

export function KeystoreProblemScreen({ reason }: { reason: 'missing' | 'corrupted' | 'unsupportedVersion' | 'weakParameters' }) {
  const { t } = useTranslation();
  return (
    <main className="welcome" id="main">
      <section className="card" aria-labelledby="keystore-title">
        <h1 id="keystore-title">{t('security.keystoreProblemTitle')}</h1>
        <p role="alert" className="error-banner">
          {t(`security.keystoreProblem.${reason}`)}
        </p>
        <p>{t('security.keystoreProblemAdvice')}</p>
      </section>
    </main>
  );
}
