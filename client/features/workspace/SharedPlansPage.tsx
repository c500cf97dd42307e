import { AppHeader } from '../../components/AppHeader.tsx';
import { Main } from '../../components/Main.tsx';
import { useDocumentTitle } from '../../pageTitle.ts';
import { paths } from '../../router.ts';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { SharedPlans } from './SharedPlans.tsx';

/** Home for someone who joined by invite and belongs to no district workspace. */
export function SharedPlansPage() {
  useDocumentTitle('Your plans');
  return (
    <>
      <AppHeader homePath={paths.home()} actions={<AccountMenu />} />
      <Main className="main--workspace">
        <div className="workspace__heading">
          <h1>Your plans</h1>
        </div>
        <div className="workspace">
          <SharedPlans />
        </div>
      </Main>
    </>
  );
}
