import { useEffect } from 'react';

/** Sets the tab title to "<title> · Planwright" while the page is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Planwright` : 'Planwright';
  }, [title]);
}
