// The locale Intl formats numbers and dates in for an interface language: British English when
// English is chosen, Italian otherwise (the interface's first language).
export const intlLocale = (language: string): 'en-GB' | 'it-IT' => (language === 'en' ? 'en-GB' : 'it-IT');
