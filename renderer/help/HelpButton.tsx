// The "?" of the header: opens the guide of the screen on show, with the keyboard shortcuts and the
// coordinator's guides (laptops, USB sync) one click away.
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { HelpDialog } from './HelpDialog';
import { guideFor } from './guides';

export function HelpButton() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="help-button" aria-label={t('help.buttonLabel')} title={t('help.buttonLabel')} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span aria-hidden="true">?</span>
      </button>
      {open && <HelpDialog first={guideFor(pathname)} onClose={() => setOpen(false)} />}
    </>
  );
}
