// Lock screen, last resort: the counselor lost both passphrase and recovery code. The coordinator
// issued a recovery file (.pcorecovery) and told the one-time code in person; with both, this
// laptop re-opens its own data key and gets a new passphrase and a new recovery code (shown once).
// A refusal (wrong code, file of another laptop, damaged file) keeps everything typed.
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';
import { Field } from '../ui/Field';
import { useErrorText } from '../ui/messages';
import { RecoveryFileError } from '../sync/recoveryFile';
import { bytesText, chooseFile, RECOVERY_FILTER } from '../sync/transport';
import { useBridgeFailureText } from '../sync/folderAccess';
import { recoverThroughCoordinator, type CoordinatorRecovery } from './coordinatorRecovery';
import { PassphraseFields, usePassphraseChecker } from './PassphraseFields';
import { checkNewPassphrase, newPassphraseShape } from './passphraseSchema';

const PERSONAL_INPUTS = ['pco', 'figline', 'valdarno'];
/** A recovery file is a few hundred bytes of JSON; anything far bigger is not one. */
const MAX_RECOVERY_FILE_BYTES = 64 * 1024;

interface Props {
  db: PcoDatabase;
  bridge: DesktopBridge;
  onRecovered: (recovery: CoordinatorRecovery) => void;
}

interface ChosenFile {
  readonly name: string;
  readonly text: string;
}

export function CoordinatorRecoveryUnlock({ db, bridge, onRecovered }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const bridgeFailureText = useBridgeFailureText();
  const checker = usePassphraseChecker();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({ code: z.string().trim().min(1, 'sync.recover.required'), ...newPassphraseShape }).superRefine((value, ctx) => {
        checkNewPassphrase(checker, value, PERSONAL_INPUTS, ctx);
      }),
    [checker],
  );
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { code: '', passphrase: '', confirmation: '' } });

  const choose = async () => {
    const opened = await chooseFile(bridge, RECOVERY_FILTER, MAX_RECOVERY_FILE_BYTES);
    if (opened.ok) {
      setFile({ name: opened.value.name, text: bytesText(opened.value.bytes) });
      setFailure(null);
    } else if (opened.error === 'tooLarge') setFailure(t('sync.recover.problems.corrupted'));
    else if (opened.error !== 'cancelled') setFailure(t('security.unlockFailed', { reason: bridgeFailureText(opened) }));
  };

  const submit = form.handleSubmit(async ({ code, passphrase }) => {
    setFailure(null);
    if (!file) return setFailure(t('sync.recover.required'));
    try {
      onRecovered(await recoverThroughCoordinator(db, bridge, file.text, code, passphrase));
    } catch (error) {
      setFailure(error instanceof RecoveryFileError ? t(`sync.recover.problems.${error.problem}`) : t('security.unlockFailed', { reason: errorText(error) }));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('sync.recover.link')}>
      {failure && (
        <p role="alert" className="error-banner" data-testid="coordinator-recovery-error">
          {failure}
        </p>
      )}
      <div className="field">
        <button type="button" onClick={() => void choose()}>
          {t('sync.recover.choose')}
        </button>
        {file && (
          <span className="hint" data-testid="recovery-file-name">
            {t('sync.recover.chosen', { name: file.name })}
          </span>
        )}
      </div>
      <Field label={t('sync.recover.code')} error={form.formState.errors.code}>
        {(control) => <input {...control} {...form.register('code')} className="mono" autoComplete="off" spellCheck={false} />}
      </Field>
      <PassphraseFields form={form} personalInputs={PERSONAL_INPUTS} />
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t('security.unlocking') : t('sync.recover.button')}
      </button>
    </form>
  );
}
