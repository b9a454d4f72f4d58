// A document shown inside the app: PDF pages drawn by pdf.js on canvases (with each page's text
// for screen readers), an image from its bytes. The bytes are opened (and the opening audited)
// when the dialog opens and live only as long as it: the image's object URL is revoked and the
// PDF document destroyed when it closes, and nothing is written anywhere in clear.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Dialog } from './Dialog';
import type { DocumentRepository, DocumentSummary } from './documentRepository';
import { openPdf, type PdfPreview } from './pdfPreview';

interface Props {
  document: DocumentSummary;
  repository: DocumentRepository;
  onDownload: (document: DocumentSummary) => void;
  onClose: () => void;
}

/** The widest a page is drawn, in CSS pixels: the dialog's width less its padding. */
const PAGE_WIDTH = 720;

function ImageView({ bytes, document }: { bytes: Uint8Array; document: DocumentSummary }) {
  const { t } = useTranslation();
  const image = useRef<HTMLImageElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const element = image.current;
    if (!element) return;
    // Created here and revoked by this effect's cleanup: the URL cannot outlive the view.
    const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: document.mediaType }));
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [bytes, document.mediaType]);
  if (failed) return <p role="alert" className="error-banner">{t('documents.preview.imageFailed')}</p>;
  return <img ref={image} className="document-image" alt={t('documents.preview.image', { name: document.fileName })} onError={() => setFailed(true)} data-testid="document-image" />;
}

function PdfView({ bytes }: { bytes: Uint8Array }) {
  const { t } = useTranslation();
  const [pages, setPages] = useState<number | null>(null);
  const [texts, setTexts] = useState<readonly string[]>([]);
  const [failed, setFailed] = useState(false);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const preview = useRef<PdfPreview | null>(null);

  useEffect(() => {
    let live = true;
    let opened: PdfPreview | null = null;
    openPdf(bytes)
      .then((pdf) => {
        opened = pdf;
        if (!live) return void pdf.destroy();
        preview.current = pdf;
        setPages(pdf.pages);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      preview.current = null;
      void opened?.destroy();
    };
  }, [bytes]);

  // Once the canvases exist, the pages are drawn one after the other, the first one first.
  useEffect(() => {
    const pdf = preview.current;
    if (pages === null || !pdf) return;
    let live = true;
    void (async () => {
      for (let number = 1; number <= pages && live; number += 1) {
        const canvas = canvases.current[number - 1];
        if (!canvas) continue;
        const width = Math.min(PAGE_WIDTH, canvas.parentElement?.clientWidth ?? PAGE_WIDTH);
        try {
          const text = await pdf.renderPage(number, canvas, width);
          if (live) setTexts((before) => Object.assign([...before], { [number - 1]: text }));
        } catch {
          // Destroyed while drawing (the dialog closed), or a broken page: the others still show.
          if (live && preview.current === pdf) setFailed(true);
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [pages]);

  if (failed && pages === null) return <p role="alert" className="error-banner">{t('documents.preview.pdfFailed')}</p>;
  if (pages === null) return <p role="status">{t('documents.preview.rendering')}</p>;
  return (
    <div className="document-pages" data-testid="document-pages">
      <p className="hint">{t('documents.preview.pages', { count: pages })}</p>
      {failed && <p role="alert" className="error-banner">{t('documents.preview.pdfFailed')}</p>}
      {Array.from({ length: pages }, (_, index) => (
        <figure key={index} className="document-page">
          <canvas ref={(canvas) => void (canvases.current[index] = canvas)} role="img" aria-label={t('documents.preview.page', { page: index + 1, pages })} data-testid="document-page" data-rendered={texts[index] !== undefined ? 'true' : 'false'} />
          {texts[index] && (
            <figcaption className="visually-hidden" data-testid="document-page-text">
              {t('documents.preview.pageText', { page: index + 1 })}: {texts[index]}
            </figcaption>
          )}
        </figure>
      ))}
    </div>
  );
}

export function PreviewDialog({ document, repository, onDownload, onClose }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<{ bytes: Uint8Array } | { error: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    repository.open(document.id).then(
      ({ bytes }) => live && setOpened({ bytes }),
      (error: unknown) => live && setOpened({ error }),
    );
    return () => {
      live = false;
    };
  }, [repository, document.id]);

  return (
    <Dialog title={t('documents.preview.title', { type: t(`documents.types.${document.type}`), name: document.fileName })} onClose={onClose} wide className="document-preview">
      <div className="document-dialog-actions top">
        <button type="button" onClick={() => onDownload(document)}>
          {t('documents.actions.download')}
        </button>
        <button type="button" onClick={onClose}>
          {t('documents.preview.close')}
        </button>
      </div>
      {opened === null ? (
        <p role="status">{t('documents.preview.loading')}</p>
      ) : 'error' in opened ? (
        <ErrorBanner error={opened.error} />
      ) : document.mediaType === 'application/pdf' ? (
        <PdfView bytes={opened.bytes} />
      ) : (
        <ImageView bytes={opened.bytes} document={document} />
      )}
    </Dialog>
  );
}
