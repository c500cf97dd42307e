import { useState } from 'react';
import { ShareDialog } from './ShareDialog.tsx';

/** The plan page's Share button and the dialog it opens; focus comes back to the button on close. */
export function ShareButton({ planId, planTitle, selfId }: { planId: string; planTitle: string; selfId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--primary share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share
      </button>
      {open ? <ShareDialog planId={planId} planTitle={planTitle} selfId={selfId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
