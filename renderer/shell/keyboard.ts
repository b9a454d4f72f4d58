// The app's keys, for every screen at once: "/" goes to the screen's search; ↑ and ↓ move from a
// row of a list or table to the one above or below, on the same link or button.

/** Where typing goes: a key pressed there is the user's text, not a command. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [role="textbox"], [role="combobox"]') !== null;
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';
const ROW = '[role="row"], tr';

/** The row `step` rows away from `row` among its siblings (rows only), or null at either end. */
function siblingRow(row: Element, step: 1 | -1): Element | null {
  for (let next = step === 1 ? row.nextElementSibling : row.previousElementSibling; next; next = step === 1 ? next.nextElementSibling : next.previousElementSibling) {
    if (next.matches(ROW) && next.querySelector(FOCUSABLE)) return next;
  }
  return null;
}

/** Handles the key when it is one of the app's; returns whether it did. */
export function handleAppKey(event: KeyboardEvent, main: HTMLElement): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  if (document.querySelector('dialog[open]')) return false;
  if (event.key === '/' && !typingIn(event.target)) {
    const search = main.querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) return false;
    search.focus();
    search.select();
    return true;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const from = event.target;
  if (!(from instanceof HTMLElement) || !main.contains(from) || typingIn(from)) return false;
  const step = event.key === 'ArrowDown' ? 1 : -1;
  // From a list's scrolling body (the worker list), ↓ enters its first row.
  if (from.matches('[role="rowgroup"]')) {
    const first = step === 1 ? from.querySelector(`${ROW} ${FOCUSABLE}`) : null;
    if (!(first instanceof HTMLElement)) return false;
    first.focus();
    return true;
  }
  const row = from.closest(ROW);
  if (!row || !from.matches(FOCUSABLE)) return false;
  const target = siblingRow(row, step);
  if (!target) return false;
  // The same control of the next row: its n-th focusable, or its last when it has fewer.
  const column = Array.from(row.querySelectorAll(FOCUSABLE)).indexOf(from);
  const controls = target.querySelectorAll<HTMLElement>(FOCUSABLE);
  const control = controls[Math.min(Math.max(column, 0), controls.length - 1)];
  if (!control) return false;
  control.focus();
  control.scrollIntoView({ block: 'nearest' });
  return true;
}
