// New passphrase with confirmation and a strength meter; weak ones are refused with the reasons.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { loadPassphraseChecker, type PassphraseChecker } from '../../shared/crypto/passphrase';
import { Field } from '../ui/Field';

const SCORE_LABELS = ['veryWeak', 'weak', 'fair', 'good', 'excellent'] as const;

export interface PassphraseValues {
  passphrase: string;
  confirmation: string;
}

interface Props<T extends PassphraseValues> {
  form: UseFormReturn<T>;
  personalInputs: string[];
}

/** Loads the strength checker once (its dictionaries are a separate chunk). */
export function usePassphraseChecker(): PassphraseChecker | null {
  const [checker, setChecker] = useState<PassphraseChecker | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadPassphraseChecker().then((loaded) => {
      if (!cancelled) setChecker(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return checker;
}

export function PassphraseFields<T extends PassphraseValues>({ form, personalInputs }: Props<T>) {
  const { t } = useTranslation();
  const meterId = useId();
  const checker = usePassphraseChecker();
  // The generic form is narrowed to the two fields this component owns.
  const own = form as unknown as UseFormReturn<PassphraseValues>;
  const passphrase = own.watch('passphrase') ?? '';
  const result = passphrase && checker ? checker.evaluate(passphrase, personalInputs) : null;
  const errors = own.formState.errors;
  return (
    <>
      <Field label={t('security.passphrase')} error={errors.passphrase} hint={t('security.passphraseHint')}>
        {(control) => <input {...control} {...own.register('passphrase')} type="password" autoComplete="new-password" aria-describedby={`${control['aria-describedby'] ?? ''} ${meterId}`.trim()} />}
      </Field>
      <div className="strength" id={meterId} aria-live="polite">
        <meter min={0} max={4} low={2} high={3} optimum={4} value={result?.score ?? 0} aria-label={t('security.strength')} />
        <span>{result ? t(`security.score.${SCORE_LABELS[result.score]}`) : checker ? '' : t('app.loading')}</span>
        {result && result.issues.length > 0 && (
          <ul className="strength-issues">
            {result.issues.map((issue) => (
              <li key={issue}>{t(`security.issue.${issue}`)}</li>
            ))}
          </ul>
        )}
      </div>
      <Field label={t('security.confirmation')} error={errors.confirmation}>
        {(control) => <input {...control} {...own.register('confirmation')} type="password" autoComplete="new-password" />}
      </Field>
    </>
  );
}
