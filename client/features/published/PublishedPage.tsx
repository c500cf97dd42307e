import { lazy, Suspense } from 'react';
import type { PublicPlanFacts } from '@shared/publication.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppHeader } from '../../components/AppHeader.tsx';
import { Main } from '../../components/Main.tsx';
import { getPublicPlanFacts } from '../../http/publication.ts';
import { useRequest } from '../../http/useRequest.ts';
import { useDocumentTitle } from '../../pageTitle.ts';
import { paths } from '../../router.ts';
import { longDay } from './format.ts';
import { StartFromPublished } from './StartFromPublished.tsx';

// The document needs Yjs and the editor's renderer; the facts and the "gone" page do not.
const PublishedDocument = lazy(() => import('./PublishedDocument.tsx'));

function Gone() {
  return (
    <>
      <h1>This link is no longer available</h1>
      <p>The district may have withdrawn this plan, or published a newer link to it. Ask the district for its current link.</p>
    </>
  );
}

function Plan({ token, facts }: { token: string; facts: PublicPlanFacts }) {
  return (
    <article className="published" aria-labelledby="published-title">
      <header className="published__head">
        <p className="published__district">{facts.district}</p>
        <h1 id="published-title">{facts.title}</h1>
        <dl className="published__facts">
          <div>
            <dt>Status</dt>
            <dd>{facts.adoptedOn ? `Adopted by the board on ${longDay(facts.adoptedOn)}` : 'Adopted by the board'}</dd>
          </div>
          <div>
            <dt>Revision</dt>
            <dd>{facts.revision}</dd>
          </div>
          <div>
            <dt>Published</dt>
            <dd>{longDay(facts.publishedAt)}</dd>
          </div>
        </dl>
      </header>
      <StartFromPublished token={token} facts={facts} />
      <Suspense fallback={<p className="loading">Opening the plan…</p>}>
        <PublishedDocument token={token} />
      </Suspense>
    </article>
  );
}

/**
 * /p/<token>: an adopted plan a district published, readable by anyone, signed in or not.
 * The page shows only what the server's public copy holds: no comments, no one's name.
 */
export function PublishedPage({ token }: { token: string }) {
  const facts = useRequest(`published:${token}`, () => getPublicPlanFacts(token));
  const gone = facts.status === 'error' && facts.httpStatus === 404;
  useDocumentTitle(facts.status === 'done' ? facts.data.title : gone ? 'Link no longer available' : 'Published plan');
  return (
    <>
      <AppHeader homePath={paths.home()} context="Published plan" />
      <Main className="main--published">
        {facts.status === 'loading' ? <p className="loading">Opening the plan…</p> : null}
        {gone ? <Gone /> : null}
        {facts.status === 'error' && !gone ? (
          <>
            <h1>The plan could not be opened</h1>
            <Alert>{facts.message}</Alert>
          </>
        ) : null}
        {facts.status === 'done' ? <Plan token={token} facts={facts.data} /> : null}
      </Main>
      <footer className="published-footer">
        <p>Published with Planwright. The people who wrote the plan are not named here, and their comments stay with the district.</p>
      </footer>
    </>
  );
}
