// A control found again after its form was drawn anew (a saved record's form starts again from the
// stored values, so every element in it is new): the same submit button of the same form.

/** How to find `control` again: the n-th button of the m-th form on the page; null when it is in no form. */
export function relocator(control: Element | null | undefined): (() => HTMLElement | null) | null {
  const form = control?.closest('form');
  if (!control || !form) return null;
  const formIndex = Array.from(document.forms).indexOf(form);
  const buttonIndex = Array.from(form.querySelectorAll('button')).indexOf(control as HTMLButtonElement);
  if (formIndex < 0 || buttonIndex < 0) return null;
  return () => document.forms[formIndex]?.querySelectorAll('button')[buttonIndex] ?? null;
}
