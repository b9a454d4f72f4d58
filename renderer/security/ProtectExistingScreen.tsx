// A database written before encryption at rest: set a passphrase, then its rows are sealed.
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';
import { createRecordCodec, type RecordCodec } from '../db/codec';
import { markLegacyRowsToSeal, sealLegacyRows } from '../db/setup';
import { createKeys } from './keyring';
import { ErrorBanner } from '../ui/ErrorBanner';
import { PassphraseFields, usePassphraseChecker } from './PassphraseFields';
import { checkNewPassphrase, newPassphraseShape } from './passphraseSchema';

export function ProtectExistingScreen({ db, bridge, onReady }: { db: PcoDatabase; bridge: DesktopBridge; onReady: (codec: RecordCodec, recoveryCode: string) => void }) {
  const { t } = useTranslation();
  const checker = usePassphraseChecker();
  const [failure, setFailure] = useState<unknown>(null);
  const schema = useMemo(() => z.object(newPassphraseShape).superRefine((value, ctx) => checkNewPassphrase(checker, value, ['pco', 'figline', 'valdarno'], ctx)), [checker]);
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { passphrase: '', confirmation: '' } });
  const submit = form.handleSubmit(async ({ passphrase }) => {
    try {
      await markLegacyRowsToSeal(db);
      const { dataKey, recoveryCode } = await createKeys(db, bridge, passphrase);
      const codec = createRecordCodec(dataKey);
      await sealLegacyRows(db, codec);
      onReady(codec, recoveryCode);
    } catch (error) {
      setFailure(error);
    }
  });
  return (
    <main className="welcome" id="main">
      <section className="card" aria-labelledby="protect-title">
        <h1 id="protect-title">{t('security.protectTitle')}</h1>
        <p>{t('security.protectText')}</p>
        <ErrorBanner error={failure} />
        <form onSubmit={(event) => void submit(event)} noValidate>
          <PassphraseFields form={form} personalInputs={['pco', 'figline', 'valdarno']} />
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            {t('security.protectButton')}
          </button>
        </form>
      </section>
    </main>
  );
}
