// The worker file's side index: one link per section. Following one puts the section in the
// address (replacing it, so Back still leaves the file), brings the section to the top and moves
// the focus to its heading; the entry of the section being read is marked as the current one.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { sectionElementId, sectionsOf, type FileSectionKey } from './fileSections';

type Sections = ReturnType<typeof sectionsOf>;

interface Props {
  /** A saved file has every section; a new one only the form's. */
  saved: boolean;
  /** The section in the address, if any. */
  current: FileSectionKey | undefined;
}

export function FileIndex({ saved, current }: Props) {
  const { t } = useTranslation();
  const sections = useMemo(() => sectionsOf(saved), [saved]);
  const reading = useSectionInView(sections, current);
  return (
    <nav className="file-index" aria-label={t('casework.file.index')}>
      <ol>
        {sections.map((section) => (
          <li key={section.key}>
            <Link to={{ search: `?section=${section.key}` }} replace aria-current={reading === section.key ? 'location' : undefined}>
              {t(section.labelKey)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The section being read: the last whose top has passed a line near the window's top (a short
 * section brought to the top is the one read, not the next). At the foot of the page, where the
 * last sections cannot reach that line, the one the address names if it shows.
 * Read from the page on each scroll (sections come and go as their records load).
 */
function useSectionInView(sections: Sections, current: FileSectionKey | undefined): FileSectionKey | undefined {
  const [inView, setInView] = useState<FileSectionKey>();
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = Math.min(window.innerHeight / 3, 100);
      let reading: FileSectionKey | undefined;
      for (const section of sections) {
        const top = document.getElementById(sectionElementId(section.key))?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) reading = section.key;
      }
      const atFoot = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      const named = current && document.getElementById(sectionElementId(current))?.getBoundingClientRect();
      if (atFoot && named && named.top < window.innerHeight && named.bottom > 0) reading = current;
      setInView(reading);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [sections, current]);
  return inView ?? current;
}
