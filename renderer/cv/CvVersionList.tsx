// The saved CV versions of a worker, newest first, each downloadable again exactly as saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { useCvRepository } from './useCvRepository';
import { cvPdf, savePdf } from './cvFile';
import { savedAt } from './cvLabels';

export function CvVersionList({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const cvs = useCvRepository();
  // A worker erased or out of scope has no versions to show, rather than an error.
  const versions = useLiveQuery(() => cvs.listForWorker(workerId).catch(() => []), [cvs, workerId]);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const download = async (id: string) => {
    setMessage(null);
    let record;
    try {
      record = await cvs.get(id);
    } catch {
      setMessage({ text: t('cv.list.unreadable'), ok: false });
      return;
    }
    const result = await savePdf(bridge, record.data.content, await cvPdf(record.data.content));
    if (result.ok) await cvs.recordDownload(id);
    setMessage(result.ok ? { text: t('cv.list.downloaded', { location: result.value.location }), ok: true } : { text: t('cv.list.notDownloaded'), ok: false });
  };

  if (!versions) return null;
  return (
    <div className="cv-versions">
      {message && (
        <p role="status" className={message.ok ? 'notice success' : 'notice'}>
          {message.text}
        </p>
      )}
      {versions.length === 0 ? (
        <p className="hint">{t('cv.list.empty')}</p>
      ) : (
        <table className="data-table" data-testid="cv-versions">
          <caption className="visually-hidden">{t('cv.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cv.list.date')}</th>
              <th scope="col">{t('cv.list.variant')}</th>
              <th scope="col">{t('cv.list.language')}</th>
              <th scope="col">{t('cv.list.reference')}</th>
              <th scope="col">{t('cv.list.file')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <td>{savedAt(version)}</td>
                <td>{t(`cv.screen.variants.${version.variant}`)}</td>
                <td>{t(`cv.screen.languages.${version.language}`)}</td>
                <td className="mono">{version.reference}</td>
                <td>
                  <button type="button" className="link" aria-label={t('cv.list.downloadLabel', { reference: version.reference })} onClick={() => void download(version.id)}>
                    {t('cv.list.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
