// The documents of one record: per document its type, date, file, size, who added it and when,
// and its earlier versions folded under it. Every action button says which file it acts on to a
// screen reader (the visible word is short, the name follows it unseen).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatItalianDate } from '../../shared/time/dates';
import { intlLocale } from '../../shared/i18n/locale';
import type { DocumentSummary } from './documentRepository';
import { formatFileSize, type DocumentGroup } from './documentView';

export interface DocumentActions {
  open: (document: DocumentSummary) => void;
  download: (document: DocumentSummary) => void;
  replace: (group: DocumentGroup) => void;
  remove: (group: DocumentGroup) => void;
}

interface Props {
  groups: readonly DocumentGroup[];
  /** Counselors' names by id ("who added it"). */
  names: ReadonlyMap<string, string>;
  actions: DocumentActions;
}

/** The id a document keeps across its versions: its first version's (React keys, so a row and its focus survive a replacement). */
const rootId = (group: DocumentGroup) => group.earlier.at(-1)?.id ?? group.current.id;

function Added({ document, names }: { document: DocumentSummary; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const at = new Date(document.createdAt);
  const when = { date: formatItalianDate(localDay(at)), time: at.toLocaleTimeString(intlLocale(i18n.language), { hour: '2-digit', minute: '2-digit' }) };
  const who = names.get(document.updatedBy);
  return <span className="hint">{who ? t('documents.list.added', { who, ...when }) : t('documents.list.addedAnonymous', when)}</span>;
}

/** The local calendar day of a moment, as ISO (createdAt is UTC: 23:30 in Rome is the next day there). */
function localDay(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function FileLine({ document }: { document: DocumentSummary }) {
  const { i18n } = useTranslation();
  return (
    <span className="document-file">
      <span className="document-file-name">{document.fileName}</span> · <span className="nowrap">{formatFileSize(document.bytes, i18n.language)}</span>
    </span>
  );
}

function OpenAndDownload({ document, actions }: { document: DocumentSummary; actions: DocumentActions }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" onClick={() => actions.open(document)}>
        {t('documents.actions.open')}
        <span className="visually-hidden"> {document.fileName}</span>
      </button>
      <button type="button" onClick={() => actions.download(document)}>
        {t('documents.actions.download')}
        <span className="visually-hidden"> {document.fileName}</span>
      </button>
    </>
  );
}

function DocumentItem({ group, names, actions }: { group: DocumentGroup; names: ReadonlyMap<string, string>; actions: DocumentActions }) {
  const { t } = useTranslation();
  const [showEarlier, setShowEarlier] = useState(false);
  const { current, earlier } = group;
  const earlierId = `earlier-${current.id}`;
  return (
    <li className="document-item" data-testid="document-item">
      <div className="document-head">
        <div className="document-facts">
          <strong>{t(`documents.types.${current.type}`)}</strong> <span className="nowrap">{t('documents.list.dated', { date: formatItalianDate(current.date) })}</span>
          <FileLine document={current} />
          {current.note && <span className="document-note">{current.note}</span>}
          <Added document={current} names={names} />
        </div>
        <div className="document-actions">
          <OpenAndDownload document={current} actions={actions} />
          <button type="button" onClick={() => actions.replace(group)}>
            {t('documents.actions.replace')}
            <span className="visually-hidden"> {current.fileName}</span>
          </button>
          <button type="button" className="danger" onClick={() => actions.remove(group)}>
            {t('documents.actions.delete')}
            <span className="visually-hidden"> {current.fileName}</span>
          </button>
        </div>
      </div>
      {earlier.length > 0 && (
        <div className="document-earlier">
          <button type="button" className="link-button" aria-expanded={showEarlier} aria-controls={earlierId} onClick={() => setShowEarlier((shown) => !shown)}>
            {showEarlier ? '▾' : '▸'} {t('documents.list.earlier', { count: earlier.length })}
          </button>
          <ul id={earlierId} hidden={!showEarlier} aria-label={t('documents.list.earlierLabel', { name: current.fileName })}>
            {earlier.map((version) => (
              <li key={version.id} className="document-version" data-testid="document-version">
                <div className="document-facts">
                  <span>{t('documents.list.version', { date: formatItalianDate(version.date) })}</span>
                  <FileLine document={version} />
                  {version.note && <span className="document-note">{version.note}</span>}
                  <Added document={version} names={names} />
                </div>
                <div className="document-actions">
                  <OpenAndDownload document={version} actions={actions} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

export function DocumentList({ groups, names, actions }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="document-list" aria-label={t('documents.list.label')}>
      {groups.map((group) => (
        <DocumentItem key={rootId(group)} group={group} names={names} actions={actions} />
      ))}
    </ul>
  );
}
