import type { ReactNode } from 'react';
import { Link } from './Link.tsx';

interface AppHeaderProps {
  /** Where the brand link goes: the person's workspace when signed in. */
  homePath: string;
  /** Context shown beside the brand (the workspace or plan). */
  context?: ReactNode;
  /** Controls on the right: who is signed in, sign out. */
  actions?: ReactNode;
}

/** The skip link and the banner every page starts with. */
export function AppHeader({ homePath, context, actions }: AppHeaderProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <Link to={homePath} className="brand">
          <span className="brand__mark" aria-hidden="true">
            P
          </span>
          Planwright
        </Link>
        {context ? <div className="app-header__context">{context}</div> : null}
        {actions ? <div className="app-header__actions">{actions}</div> : null}
      </header>
    </>
  );
}
