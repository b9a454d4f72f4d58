// Each screen's heading (its h1) does two jobs for whoever cannot see the whole window: it names the
// window ("Scheda di Masi Fabio — PCO Desk", what a screen reader reads first and what the taskbar
// shows) and it takes the focus when the screen opens, so reading starts there and not at the menu.
// Both read the page, not the screens: no screen has to remember to do it, and a heading that
// arrives with the data (the worker's name) is taken when it arrives.
import { useEffect, type RefObject } from 'react';

/** The window's title for a screen's heading: "Heading — App". */
export function windowTitle(heading: string | null | undefined, appName: string): string {
  const text = heading?.replace(/\s+/g, ' ').trim();
  return text ? `${text} — ${appName}` : appName;
}

/** Keeps `document.title` on the page's first h1, whatever screen (lock, welcome, the app) shows it. */
export function useWindowTitleFromHeading(appName: string): void {
  useEffect(() => {
    const update = () => {
      const title = windowTitle(document.querySelector('h1')?.textContent, appName);
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [appName]);
}

/**
 * When `screenKey` changes (another screen opened), the focus goes to the h1 inside `container` as
 * soon as there is one, unless the user has put it somewhere else meanwhile. The focus is taken from
 * where it was left: nowhere, a menu entry outside the screen, or a link the old screen took away.
 * A control inside the screen that stays (a tab of the screen) keeps it.
 */
export function useFocusHeadingOnOpen(container: RefObject<HTMLElement | null>, screenKey: string): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const left = document.activeElement;
    const leftOutside = !left || left === document.body || !root.contains(left);
    const takeable = () => {
      const now = document.activeElement;
      return !now || now === document.body || (now === left && leftOutside);
    };
    const observer = new MutationObserver(() => tryFocus());
    const tryFocus = () => {
      const heading = root.querySelector('h1');
      if (!heading) return;
      observer.disconnect();
      if (!takeable()) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    };
    observer.observe(root, { subtree: true, childList: true });
    tryFocus();
    return () => observer.disconnect();
  }, [container, screenKey]);
}
