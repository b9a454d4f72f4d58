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
 * users carry on from there. The sections above it, and the section itself, keep arriving as their
 * records are read (a loading heading replaced by the real one): until the user scrolls, types or
 * clicks, the section is kept at the top and its heading focused.
 */
export function useRevealSection(section: FileSectionKey | undefined, ready: boolean): void {
  const { key } = useLocation();
  useEffect(() => {
    if (!section || !ready) return;
    const target = document.getElementById(sectionElementId(section));
    const page = target?.closest('.worker-file');
    if (!target || !page) return;
    let focused: HTMLElement | null = null;
    const reveal = () => {
      const heading = target.querySelector<HTMLElement>('h2, legend');
      if (!heading) return;
      target.scrollIntoView({ block: 'start' });
      const active = document.activeElement;
      // The first time, or when the heading focused was replaced (the focus then falls to the body).
      if (focused === null || active === null || active === document.body || active === focused) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        focused = heading;
      }
    };
    const mutations = new MutationObserver(reveal);
    const sizes = new ResizeObserver(reveal);
    const USER_INPUT = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
    const release = () => {
      mutations.disconnect();
      sizes.disconnect();
      for (const type of USER_INPUT) window.removeEventListener(type, release, true);
    };
    mutations.observe(page, { childList: true, subtree: true });
    sizes.observe(page);
    for (const type of USER_INPUT) window.addEventListener(type, release, { capture: true, passive: true });
    reveal();
    return release;
  }, [section, ready, key]);
}
