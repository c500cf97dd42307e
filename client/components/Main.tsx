import type { ReactNode } from 'react';

/** The page's main landmark; the skip link and route changes move focus here. */
export function Main({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <main id="main" tabIndex={-1} className={className ? `main ${className}` : 'main'}>
      {children}
    </main>
  );
}
