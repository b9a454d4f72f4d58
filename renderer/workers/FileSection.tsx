// One section of the worker file as the side index reaches it, and the step that brings the
// section named in the address into view with the focus on its heading.
import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { sectionElementId, type FileSectionKey } from './fileSections';

export function FileSection({ section, children }: { section: FileSectionKey; children: ReactNode }) {
  return (
    <div id={sectionElementId(section)} data-section={section} className="file-section">
      {children}
    </div>
  );
}

/**
 * Once the file shows (`ready`), and again each time the index is followed, the address's section
 * comes to the top of the window and its heading takes the focus, so keyboard and screen reader
 * users carry on from there. A section still reading its records has no heading yet: it is waited for.
 */
export function useRevealSection(section: FileSectionKey | undefined, ready: boolean): void {
  const { key } = useLocation();
  useEffect(() => {
    if (!section || !ready) return;
    const target = document.getElementById(sectionElementId(section));
    if (!target) return;
    const reveal = () => {
      const heading = target.querySelector<HTMLElement>('h2, legend');
      if (!heading) return false;
      target.scrollIntoView({ block: 'start' });
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return true;
    };
    if (reveal()) return;
    const observer = new MutationObserver(() => {
      if (reveal()) observer.disconnect();
    });
    observer.observe(target, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [section, ready, key]);
}
