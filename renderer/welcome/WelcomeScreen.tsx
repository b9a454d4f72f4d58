// First start: load the demo programme or start empty, and protect this laptop with a passphrase.
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { counselorRoleSchema } from '../../shared/domain/programme';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import { DEMO_VARIANTS, type DemoProgramme, type DemoVariant } from '../../shared/demo/generator';
import type { PcoDatabase } from '../db/database';
import type { Session } from '../db/session';
import { createRecordCodec, type RecordCodec } from '../db/codec';
import { loadDemo, setUpEmpty } from '../db/setup';
import { createKeys } from '../security/keyring';
import { PassphraseFields, usePassphraseChecker } from '../security/PassphraseFields';
import { checkNewPassphrase, newPassphraseShape } from '../security/passphraseSchema';
import { ProgressBar } from '../ui/ProgressBar';
import { Field } from '../ui/Field';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { logIfUnexpected, useErrorText } from '../ui/messages';
import { namedLimit } from '../../shared/domain/messages';
import { joinWithEnrolment } from '../sync/joinProgramme';
import { enrolmentCodeProblem, JoinProgramme, type ChosenEnrolment } from './JoinProgramme';
import { checkEnrolmentCode } from '../../shared/sync';
import { todayIso } from '../../shared/time/dates';

/** The real programme's size, and two scale tests (a province, a region) at 10 and 100 times it. */
const DEMO_SIZES = ['300', '3000', '30000'] as const;
const DEMO_SEED = 2019;

/** Words a passphrase must not be built on: the user's name and the programme's. */
function personalInputs(...texts: string[]): string[] {
  return [...texts.filter(Boolean), 'pco', 'figline', 'valdarno'];
}

export interface Ready {
  session: Session;
  codec: RecordCodec;
  recoveryCode: string;
}

/** The demo of the size and calendar chosen: today's is anchored on this computer's today. */
function useDemo(size: number, variant: DemoVariant): DemoProgramme | null {
  const [generated, setGenerated] = useState<DemoProgramme | null>(null);
  useEffect(() => {
    let current = true;
    void import('../../shared/demo/generator').then(({ generateDemoProgramme }) => {
      if (current) setGenerated(generateDemoProgramme(variant === 'today' ? { workers: size, seed: DEMO_SEED, anchor: todayIso() } : { workers: size, seed: DEMO_SEED, variant }));
    });
    return () => {
      current = false;
    };
  }, [size, variant]);
  // While another size or calendar is being generated, the previous one is not offered.
  return generated && generated.workers.length + generated.nonParticipants.length === size && generated.variant === variant ? generated : null;
}

export function WelcomeScreen({ db, bridge, onReady }: { db: PcoDatabase; bridge: DesktopBridge; onReady: (ready: Ready) => void }) {
  const { t } = useTranslation();
  const checker = usePassphraseChecker();
  const errorText = useErrorText();
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [enrolment, setEnrolment] = useState<ChosenEnrolment | null>(null);

  const schema = useMemo(
    () =>
      z
      .object({
        mode: z.enum(['demo', 'empty', 'join']),
        demoSize: z.enum(DEMO_SIZES),
        demoVariant: z.enum(DEMO_VARIANTS),
        demoIdentity: z.string(),
        programmeName: z.string(),
        displayName: z.string(),
        role: counselorRoleSchema,
        enrolmentCode: z.string().max(100, namedLimit),
        ...newPassphraseShape,
      })
      .superRefine((value, ctx) => {
        checkNewPassphrase(checker, value, personalInputs(value.displayName, value.programmeName), ctx);
        if (value.mode === 'empty' && !value.displayName.trim()) ctx.addIssue({ code: 'custom', path: ['displayName'], message: 'validation.required' });
        if (value.mode === 'empty' && !value.programmeName.trim()) ctx.addIssue({ code: 'custom', path: ['programmeName'], message: 'validation.required' });
        if (value.mode === 'join' && !enrolment) ctx.addIssue({ code: 'custom', path: ['mode'], message: 'sync.join.required' });
        if (value.mode === 'join') {
          const problem = enrolmentCodeProblem(value.enrolmentCode);
          if (problem) ctx.addIssue({ code: 'custom', path: ['enrolmentCode'], message: problem });
        }
      }),
    [checker, enrolment],
  );
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { mode: 'demo', demoSize: '300', demoVariant: 'today', demoIdentity: '', programmeName: t('welcome.defaultProgrammeName'), displayName: '', role: 'coordinator', enrolmentCode: '', passphrase: '', confirmation: '' },
  });
  const [mode, displayName, demoSize, demoVariant] = useWatch({ control: form.control, name: ['mode', 'displayName', 'demoSize', 'demoVariant'] });
  const demo = useDemo(Number(demoSize), demoVariant);
  const errors = form.formState.errors;

  const start = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      if (values.mode === 'join') {
        if (!enrolment) return;
        const steps = ['keys', 'device'] as const;
        const code = checkEnrolmentCode(values.enrolmentCode);
        if (!code.ok) return;
        const joined = await joinWithEnrolment(db, bridge, enrolment.enrolment, code.code, values.passphrase, (step) => setProgress({ label: t(`sync.join.steps.${step}`), done: steps.indexOf(step), total: steps.length }));
        onReady(joined);
        return;
      }
      setProgress({ label: t('welcome.protecting'), done: 0, total: 1 });
      const { dataKey, recoveryCode } = await createKeys(db, bridge, values.passphrase);
      const codec = createRecordCodec(dataKey);
      let session: Session;
      if (values.mode === 'demo') {
        if (!demo) throw new Error('demo not ready');
        session = await loadDemo(db, codec, demo, values.demoIdentity || undefined, (done, total) => setProgress({ label: t('welcome.loadingDemo', { done, total }), done, total }));
        const { loadDemoActivity, ACTIVITY_STEPS } = await import('../db/demo');
        await loadDemoActivity(db, codec, session, demo, (step, index) =>
          setProgress({ label: t('welcome.loadingActivity', { step: t(`welcome.activity.${step}`) }), done: index, total: ACTIVITY_STEPS.length }),
        );
      } else {
        session = await setUpEmpty(db, codec, { displayName: values.displayName.trim(), role: values.role }, values.programmeName.trim());
      }
      onReady({ session, codec, recoveryCode });
    } catch (error) {
      setProgress(null);
      logIfUnexpected(error);
      setFailure(errorText(error));
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
      <form onSubmit={(event) => void start(event)} noValidate className="welcome-form">
        <div className="welcome-choices" role="radiogroup" aria-label={t('welcome.choose')}>
          <label className={`card choice ${mode === 'demo' ? 'selected' : ''}`}>
            <span className="choice-title">
              <input type="radio" value="demo" {...form.register('mode')} /> {t('welcome.demoTitle')}
            </span>
            <span>{t('welcome.demoText')}</span>
          </label>
          <label className={`card choice ${mode === 'empty' ? 'selected' : ''}`}>
            <span className="choice-title">
              <input type="radio" value="empty" {...form.register('mode')} /> {t('welcome.emptyTitle')}
            </span>
            <span>{t('welcome.emptyText')}</span>
          </label>
          <label className={`card choice ${mode === 'join' ? 'selected' : ''}`}>
            <span className="choice-title">
              <input type="radio" value="join" {...form.register('mode')} /> {t('sync.join.title')}
            </span>
            <span>{t('sync.join.text')}</span>
          </label>
        </div>
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">{t('welcome.profileTitle')}</h2>
          {mode === 'join' ? (
            <>
              <JoinProgramme bridge={bridge} chosen={enrolment} onChosen={setEnrolment} />
              <Field label={t('sync.join.code')} hint={t('sync.join.codeHint')} error={errors.enrolmentCode}>
                {(control) => <input {...control} {...form.register('enrolmentCode')} className="mono" autoComplete="off" spellCheck={false} />}
              </Field>
              {errors.mode && (
                <p role="alert" className="error-banner">
                  {t('sync.join.required')}
                </p>
              )}
            </>
          ) : mode === 'demo' ? (
            <div className="grid">
              <fieldset className="field demo-variant">
                <legend>{t('welcome.demoVariant')}</legend>
                {DEMO_VARIANTS.map((variant) => (
                  <label key={variant} className="inline">
                    <input type="radio" value={variant} {...form.register('demoVariant')} /> {t(`welcome.demoVariants.${variant}`)}
                  </label>
                ))}
                <p className="hint">{t(`welcome.demoVariantHints.${demoVariant}`)}</p>
              </fieldset>
              <Field label={t('welcome.demoSize')} hint={t('welcome.demoSizeHint')}>
                {(control) => (
                  <select {...control} {...form.register('demoSize')}>
                    {DEMO_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {t(`welcome.demoSizes.${size}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('welcome.demoIdentity')}>
                {(control) => (
                  <select {...control} {...form.register('demoIdentity')}>
                    <option value="">{t('welcome.demoCoordinator')}</option>
                    {(demo?.counselors ?? [])
                      .filter((c) => c.role === 'counselor')
                      .map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.displayName} — {t('roles.counselor')}
                        </option>
                      ))}
                  </select>
                )}
              </Field>
            </div>
          ) : (
            <div className="grid">
              <Field label={t('welcome.programmeName')} error={errors.programmeName}>
                {(control) => <input {...control} {...form.register('programmeName')} />}
              </Field>
              <Field label={t('welcome.yourName')} error={errors.displayName}>
                {(control) => <input {...control} {...form.register('displayName')} autoComplete="name" />}
              </Field>
              <fieldset className="field">
                <legend>{t('welcome.yourRole')}</legend>
                {counselorRoleSchema.options.map((role) => (
                  <label key={role} className="inline">
                    <input type="radio" value={role} {...form.register('role')} /> {t(`roles.${role}`)}
                  </label>
                ))}
              </fieldset>
            </div>
          )}
          <p className="hint">{t('welcome.passphraseIntro')}</p>
          <PassphraseFields form={form} personalInputs={personalInputs(displayName)} />
          <button type="submit" className="primary" disabled={progress !== null || (mode === 'demo' && !demo)}>
            {mode === 'demo' ? t('welcome.demoButton') : mode === 'join' ? t('sync.join.button') : t('welcome.emptyButton')}
          </button>
          {mode === 'demo' && !demo && !progress && <p className="hint" role="status">{t('welcome.preparingDemo')}</p>}
          {progress && <ProgressBar label={progress.label} value={progress.done} max={progress.total} />}
        </section>
      </form>
    </main>
  );
}
