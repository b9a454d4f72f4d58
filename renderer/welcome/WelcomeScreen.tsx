// First start: load the demo programme or start empty with the person using this laptop.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { counselorRoleSchema } from '../../shared/domain/programme';
import { requiredText } from '../../shared/domain/primitives';
import type { PcoDatabase } from '../db/database';
import type { Session } from '../db/session';
import { loadDemo, setUpEmpty } from '../db/setup';
import { ProgressBar } from '../ui/ProgressBar';
import { FieldError } from '../ui/FieldError';
import { LanguageSwitch } from '../shell/LanguageSwitch';

const emptyStartSchema = z.object({ programmeName: requiredText(120), displayName: requiredText(80), role: counselorRoleSchema });
type EmptyStart = z.infer<typeof emptyStartSchema>;

export function WelcomeScreen({ db, onReady }: { db: PcoDatabase; onReady: (session: Session) => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<EmptyStart>({
    resolver: zodResolver(emptyStartSchema),
    defaultValues: { programmeName: t('welcome.defaultProgrammeName'), displayName: '', role: 'coordinator' },
  });
  const errors = form.formState.errors;

  async function startDemo() {
    setFailure(null);
    setProgress({ done: 0, total: 1 });
    try {
      const { generateDemoProgramme } = await import('../../shared/demo/generator');
      const demo = generateDemoProgramme({ workers: 300, seed: 2019 });
      onReady(await loadDemo(db, demo, (done, total) => setProgress({ done, total })));
    } catch (error) {
      setProgress(null);
      setFailure(String(error));
    }
  }

  const startEmpty = form.handleSubmit(async (values) => {
    try {
      onReady(await setUpEmpty(db, { displayName: values.displayName, role: values.role }, values.programmeName));
    } catch (error) {
      setFailure(String(error));
    }
  });

  return (
    <main className="welcome" id="main">
      <header className="welcome-header">
        <h1>{t('welcome.title')}</h1>
        <LanguageSwitch />
      </header>
      <p>{t('welcome.intro')}</p>
      {failure && <p role="alert" className="error-banner">{t('welcome.failed', { reason: failure })}</p>}
      <div className="welcome-choices">
        <section className="card" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('welcome.demoTitle')}</h2>
          <p>{t('welcome.demoText')}</p>
          <button type="button" className="primary" onClick={() => void startDemo()} disabled={progress !== null}>
            {t('welcome.demoButton')}
          </button>
          {progress && <ProgressBar label={t('welcome.loadingDemo', progress)} value={progress.done} max={progress.total} />}
        </section>
        <section className="card" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('welcome.emptyTitle')}</h2>
          <p>{t('welcome.emptyText')}</p>
          <form onSubmit={(event) => void startEmpty(event)} noValidate>
            <label className="field">
              <span>{t('welcome.programmeName')}</span>
              <input {...form.register('programmeName')} aria-invalid={errors.programmeName ? true : undefined} />
              <FieldError error={errors.programmeName} />
            </label>
            <label className="field">
              <span>{t('welcome.yourName')}</span>
              <input {...form.register('displayName')} autoComplete="name" aria-invalid={errors.displayName ? true : undefined} />
              <FieldError error={errors.displayName} />
            </label>
            <fieldset className="field">
              <legend>{t('welcome.yourRole')}</legend>
              {counselorRoleSchema.options.map((role) => (
                <label key={role} className="inline">
                  <input type="radio" value={role} {...form.register('role')} /> {t(`roles.${role}`)}
                </label>
              ))}
            </fieldset>
            <button type="submit">{t('welcome.emptyButton')}</button>
          </form>
        </section>
      </div>
    </main>
  );
}
