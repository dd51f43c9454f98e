import { useEffect } from 'react';

/** Sets the tab title to "<page> · Innox". */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Innox` : 'Innox';
  }, [title]);
}
