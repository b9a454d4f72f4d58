import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A section of the worker file still reading its records: its heading, and that it is loading (never "none"). */
export function LoadingSection({ title, className }: { title: string; className: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className={`form-section ${className}`} aria-labelledby={id} aria-busy="true">
      <h2 id={id}>{title}</h2>
      <p className="hint">{t('casework.file.loading')}</p>
    </section>
  );
}
