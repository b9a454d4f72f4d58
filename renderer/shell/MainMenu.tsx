// The main menu on one line, whatever the window: the entries that fit stay in the bar, the others
// go behind a button at its end ("Altro"; "Menu" when none fits, as on a phone). What fits is
// measured on a hidden copy of the entries, so a longer label (English, a new screen) folds by itself.
import { useEffect, useId, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export interface MenuEntry {
  readonly to: string;
  readonly label: string;
  /** Shown after the label (a counter); measured as room for two digits. */
  readonly badge?: ComponentType | undefined;
}

/** Space between two entries of the bar, in pixels (the CSS gap of `.menu-bar`). */
const GAP = 4;
/** The folded entries' panel's width (its CSS min-width, 14rem). */
const PANEL_WIDTH = 210;

/** The current screen's entry is bold, a little wider than it was measured. */
const BOLD_SLACK = 12;

/** Fewer entries than this beside the fold button (a phone) and they all fold: a bar of one entry and "Altro" helps nobody. */
const FEWEST_IN_BAR = 3;

/** How many entries fit in `available` pixels, the fold button taking its room when some do not. */
export function entriesThatFit(widths: readonly number[], buttonWidth: number, available: number): number {
  const total = widths.reduce((sum, width) => sum + width + GAP, BOLD_SLACK);
  if (total <= available) return widths.length;
  let used = buttonWidth + BOLD_SLACK;
  let count = 0;
  for (const width of widths) {
    if (used + width + GAP > available) break;
    used += width + GAP;
    count += 1;
  }
  return count < FEWEST_IN_BAR ? 0 : count;
}

export function MainMenu({ entries }: { entries: readonly MenuEntry[] }) {
  const { t } = useTranslation();
  const navRef = useRef<HTMLElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const [shown, setShown] = useState(entries.length);
  const location = useLocation();
  // Open on the screen where it was opened: choosing a screen from it closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? location.pathname : null);
  // The panel is placed under its button in the window (fixed), so that it never widens the header.
  const [place, setPlace] = useState<{ top: number; left: number }>({ top: 0, left: 0 });
  const toggle = () => {
    const box = buttonRef.current?.getBoundingClientRect();
    if (box) setPlace({ top: box.bottom + 6, left: Math.max(8, Math.min(box.left, window.innerWidth - PANEL_WIDTH - 8)) });
    setOpen(!open);
  };
  const labels = entries.map((entry) => entry.label).join('\n');

  useLayoutEffect(() => {
    const nav = navRef.current;
    const measure = measureRef.current;
    if (!nav || !measure) return;
    const fit = () => {
      const items = Array.from(measure.children) as HTMLElement[];
      const button = items.pop();
      setShown(entriesThatFit(items.map((item) => item.offsetWidth), (button?.offsetWidth ?? 0) + GAP, nav.clientWidth));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(nav);
    observer.observe(measure);
    return () => observer.disconnect();
  }, [labels]);

  // Escape or a click elsewhere closes the panel; Escape puts the focus back on its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    // Placed in the window, it would float away from its button when the page scrolls.
    const onScroll = () => setOpenOn(null);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [open]);

  const folded = entries.slice(shown);
  const buttonLabel = shown === 0 ? t('nav.menu') : t('nav.more');
  return (
    <nav aria-label={t('nav.main')} className="main-menu" ref={navRef}>
      <div className="menu-measure" ref={measureRef} aria-hidden="true">
        {entries.map((entry) => (
          <span key={entry.to} className="menu-link">
            {entry.label}
            {entry.badge && <span className="menu-badge-room" />}
          </span>
        ))}
        <span className="menu-link menu-toggle">{t('nav.more')} ▾</span>
      </div>
      <ul className="menu-bar">
        {entries.slice(0, shown).map((entry) => (
          <li key={entry.to}>
            <NavLink to={entry.to} className="menu-link">
              {entry.label}
              {entry.badge && <entry.badge />}
            </NavLink>
          </li>
        ))}
        {folded.length > 0 && (
          <li className="menu-fold">
            <button type="button" ref={buttonRef} className="menu-link menu-toggle" aria-expanded={open} aria-controls={panelId} onClick={toggle}>
              {buttonLabel} <span aria-hidden="true">▾</span>
            </button>
            <ul id={panelId} className="menu-panel" hidden={!open} style={place}>
              {folded.map((entry) => (
                <li key={entry.to}>
                  <NavLink to={entry.to} className="menu-link" onClick={() => setOpenOn(null)}>
                    {entry.label}
                    {entry.badge && <entry.badge />}
                  </NavLink>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </nav>
  );
}
