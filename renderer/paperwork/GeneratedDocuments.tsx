// The PDFs made from one template on a file, newest first: each downloads again as stored, and
// beside it the signed scan, or "Carica il firmato" while none came back.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatItalianDate } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { DocumentSummary } from '../documents/documentRepository';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SignedScanForm, type SignedScan } from './SignedScanForm';
import { usePaperworkDocuments, type GeneratedEntry } from './usePaperwork';

interface Props {
  readonly entries: readonly GeneratedEntry[];
  /** The document's name in the list ("Informativa privacy"). */
  readonly name: string;
  /** Present when a signed scan proves something: then "Carica il firmato" is offered. */
  readonly sign?: {
    readonly askCvConsent?: boolean;
    readonly hint?: ReactNode;
    readonly onAttach: (generated: DocumentSummary, scan: SignedScan) => Promise<void>;
  };
  /** What a row says of its source beside its date (the meeting, the session). */
  readonly describe?: (document: DocumentSummary) => string;
}

export function GeneratedDocuments({ entries, name, sign, describe }: Props) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const documents = usePaperworkDocuments();
  const [signing, setSigning] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const download = async (document: DocumentSummary) => {
    setFailure(null);
    setSaved(null);
    try {
      const { bytes } = await documents.open(document.id);
      const extension = document.mediaType === 'application/pdf' ? 'pdf' : document.mediaType === 'image/png' ? 'png' : 'jpg';
      const result = await bridge.saveFile({ suggestedName: document.fileName, bytes: new Uint8Array(bytes), filters: [{ name: extension.toUpperCase(), extensions: [extension] }] });
      if (result.ok) setSaved(t('paperwork.downloaded', { location: result.value.location }));
    } catch (error) {
      setFailure(error);
    }
  };

  if (entries.length === 0) return null;
  return (
    <div className="paperwork-generated">
      <ErrorBanner error={failure} />
      {saved && (
        <p role="status" className="notice success">
          {saved}
        </p>
      )}
      <ul className="paperwork-list">
        {entries.map(({ document, signed }) => {
          const made = t('paperwork.madeOn', { name, date: formatItalianDate(document.date) });
          return (
            <li key={document.id} data-testid="paperwork-generated">
              <div className="paperwork-row">
                <span className="paperwork-what">
                  {made}
                  {describe && <span className="hint"> · {describe(document)}</span>}
                </span>
                <button type="button" className="link" aria-label={t('paperwork.downloadLabel', { document: made })} onClick={() => void download(document)}>
                  {t('paperwork.download')}
                </button>
                {signed ? (
                  <>
                    <span className="badge status-placed">{t('paperwork.signedOn', { date: formatItalianDate(signed.date) })}</span>
                    <button type="button" className="link" aria-label={t('paperwork.downloadSignedLabel', { document: made })} onClick={() => void download(signed)}>
                      {t('paperwork.downloadSigned')}
                    </button>
                  </>
                ) : (
                  sign &&
                  signing !== document.id && (
                    <button type="button" aria-label={t('paperwork.signed.uploadLabel', { document: made })} onClick={() => setSigning(document.id)}>
                      {t('paperwork.signed.upload')}
                    </button>
                  )
                )}
              </div>
              {sign && !signed && signing === document.id && (
                <SignedScanForm
                  label={made}
                  askCvConsent={sign.askCvConsent}
                  hint={sign.hint}
                  onCancel={() => setSigning(null)}
                  onAttach={async (scan) => {
                    await sign.onAttach(document, scan);
                    setSigning(null);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
