// Sync, laptops: the device registry (rename, revoke, recovery file: coordinator), key rotation of
// this laptop, the enrolment files for new counselor laptops and the programme key escrow.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatItalianDate } from '../../../shared/time/dates';
import { useServices } from '../../app/services';
import { createDevicesRepository, type DeviceView } from '../devicesRepository';
import { issueRecoveryFile } from '../recoveryFile';
import { readPublicKeys } from '../syncMeta';
import { RECOVERY_FILTER, textBytes, writeFile } from '../transport';
import { useErrorText, useMembership, useSharedFolder, useSyncContext } from '../useSync';
import { SyncLayout } from './SyncTabs';
import { EnrolCard, useSaveEnrolment } from './EnrolCard';
import type { IssuedNotice } from './EnrolmentCodeNotice';
import { reissueEnrolment } from '../enrolments';
import { keyFingerprint } from '../../../shared/sync';
import { IdentityCard } from './IdentityCard';

function DeviceRow({ device, onMessage, onIssued }: { device: DeviceView; onMessage: (text: string) => void; onIssued: (notice: IssuedNotice) => void }) {
  const { t } = useTranslation();
  const { bridge, session, programme } = useServices();
  const ctx = useSyncContext();
  const folder = useSharedFolder();
  const errorText = useErrorText();
  const repo = createDevicesRepository(ctx);
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(device.data.label);
  const counselor = useLiveQuery(async () => (await programme.counselors()).find((c) => c.id === device.data.counselorId), [programme, device.data.counselorId]);
  const coordinator = session.role === 'coordinator';
  const saveEnrolment = useSaveEnrolment();
  const run = (action: () => Promise<void>) => void action().catch((error: unknown) => onMessage(errorText(error)));
  const reissue = () =>
    window.confirm(t('sync.devices.reissueConfirm', { label: device.data.label })) &&
    run(async () => {
      const saved = await saveEnrolment(await reissueEnrolment(ctx, device.id), device.data.label);
      if (saved && 'notice' in saved) onIssued(saved.notice);
      else if (saved) onMessage(saved.problem);
    });
  const recovery = () =>
    run(async () => {
      const issued = await issueRecoveryFile(ctx, device.id);
      const saved = await writeFile(bridge, folder ?? null, issued.fileName, textBytes(issued.text), RECOVERY_FILTER);
      if (saved.ok) onMessage(t('sync.devices.recoveryCode', { label: device.data.label, code: issued.code }));
    });
  return (
    <tr>
      <td>
        {editing ? (
          <input aria-label={t('sync.devices.newLabel', { label: device.data.label })} value={label} maxLength={80} onChange={(event) => setLabel(event.target.value)} />
        ) : (
          device.data.label
        )}{' '}
        {device.id === session.deviceId && <span className="hint">{t('sync.devices.thisDevice')}</span>}
      </td>
      <td>{counselor?.data.displayName ?? ''}</td>
      <td>{t(`roles.${device.data.role}`)}</td>
      <td className="mono">{device.fingerprint}</td>
      <td>{device.data.revokedAt ? t('sync.devices.revoked', { date: formatItalianDate(device.data.revokedAt.slice(0, 10)) }) : t('sync.devices.active')}</td>
      <td className="actions">
        {coordinator && editing && (
          <button type="button" onClick={() => run(async () => (await repo.rename(device.id, label), setEditing(false)))}>
            {t('sync.devices.save')}
          </button>
        )}
        {coordinator && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('sync.devices.rename')}
          </button>
        )}
        {coordinator && device.id !== session.deviceId && !device.data.revokedAt && (
          <button type="button" onClick={() => window.confirm(t('sync.devices.revokeConfirm', { label: device.data.label })) && run(() => repo.revoke(device.id))}>
            {t('sync.devices.revoke')}
          </button>
        )}
        {coordinator && device.data.role === 'counselor' && (
          <button type="button" onClick={reissue}>
            {t('sync.devices.reissue')}
          </button>
        )}
        {coordinator && device.hasRecoveryKey && (
          <button type="button" onClick={recovery}>
            {t('sync.devices.recovery')}
          </button>
        )}
      </td>
    </tr>
  );
}

export function DevicesScreen() {
  const { t } = useTranslation();
  const { session } = useServices();
  const ctx = useSyncContext();
  const membership = useMembership();
  const devices = useLiveQuery(() => createDevicesRepository(ctx).list(), [ctx.db]);
  const keys = useLiveQuery(() => readPublicKeys(ctx.db), [ctx.db]);
  const [message, setMessage] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedNotice | null>(null);
  const rotate = () => void createDevicesRepository(ctx).rotateOwnKeys().then(() => setMessage(t('sync.devices.rotated')));
  return (
    <SyncLayout titleKey="devices">
      {session.role === 'coordinator' && membership && <EnrolCard issued={issued} onIssued={setIssued} />}
      <section className="card" aria-labelledby="sync-devices-title">
        <h2 id="sync-devices-title">{t('sync.devices.title')}</h2>
        {message && (
          <p role="status" className="notice" data-testid="devices-message">
            {message}
          </p>
        )}
        {devices && devices.length === 0 ? (
          <p>{t('sync.devices.none')}</p>
        ) : (
          <table className="sync-table">
            <thead>
              <tr>
                {(['label', 'counselor', 'role', 'fingerprint', 'state', 'actions'] as const).map((column) => (
                  <th scope="col" key={column}>
                    {t(`sync.devices.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(devices ?? []).map((device) => (
                <DeviceRow key={device.id} device={device} onMessage={setMessage} onIssued={setIssued} />
              ))}
            </tbody>
          </table>
        )}
        {keys && session.role === 'counselor' && (
          <p>
            {t('sync.devices.ownFingerprint')}{' '}
            <strong className="mono" data-testid="own-fingerprint">
              {keyFingerprint(keys.signPublicKey)}
            </strong>
          </p>
        )}
        {keys && (
          <p>
            {keys.rotating && <span className="hint">{t('sync.devices.rotating')} </span>}
            <button type="button" onClick={rotate}>
              {t('sync.devices.rotate')}
            </button>
          </p>
        )}
      </section>
      {session.role === 'coordinator' && membership && <IdentityCard />}
    </SyncLayout>
  );
}
