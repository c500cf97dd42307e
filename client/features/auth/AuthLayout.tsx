import type { ReactNode } from 'react';
import { AppHeader } from '../../components/AppHeader.tsx';
import { Main } from '../../components/Main.tsx';
import { paths } from '../../router.ts';
import { useDocumentTitle } from '../../pageTitle.ts';

/** The frame of the sign-in and sign-up pages: a calm single card. */
export function AuthLayout({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <AppHeader homePath={paths.home()} />
      <Main className="main--auth">
        <div className="card auth">
          <h1>{title}</h1>
          <p className="auth__intro">{intro}</p>
          {children}
        </div>
      </Main>
    </>
  );
}
