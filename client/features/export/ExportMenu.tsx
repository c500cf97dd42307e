import { useState } from 'react';
import { ExportDialog } from './ExportDialog.tsx';

/**
 * The plan bar's Export button and the dialog it opens. Everyone who can read the plan may
 * export it; focus comes back to the button when the dialog closes.
 */
export function ExportMenu({ planId, planTitle }: { planId: string; planTitle: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--quiet export-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export
      </button>
      {open ? <ExportDialog planId={planId} planTitle={planTitle} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
