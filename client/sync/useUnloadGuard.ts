import { useEffect } from 'react';
import { addLeaveGuard } from '../router.ts';

/**
 * While `unconfirmed` > 0, warns before the tab closes or reloads (the browser shows its own
 * words) and asks before in-app navigation leaves the page.
 */
export function useUnloadGuard(unconfirmed: number): void {
  const active = unconfirmed > 0;
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const removeGuard = addLeaveGuard(
      () => 'Some of your changes have not reached the server yet. They stay on this device and sync the next time you open the plan. Leave anyway?',
    );
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      removeGuard();
    };
  }, [active]);
}
