import { useState } from 'react';
import type * as Y from 'yjs';
import { pointLinkText, pointPath, quotePointInSection, type PointResult } from '@shared/input.ts';
import { errorMessage } from '../../http/http.ts';
import { markPointUsed } from '../../http/input.ts';
import { Link } from '../../components/Link.tsx';
import { paths } from '../../router.ts';
import { sectionAnchor } from '../plan/SectionNav.tsx';
import { focusWhenPresent } from './format.ts';

interface UsePointButtonProps {
  doc: Y.Doc;
  planId: string;
  roundId: string;
  audience: string;
  point: PointResult;
  sectionTitle: string;
  /** The plan still has the point's section. */
  sectionExists: boolean;
  onUsed: () => void;
}

/**
 * "Use this point": the server records the use (and checks this person may), then the point is
 * quoted at the end of its section through the live document, with a link back to it — an
 * ordinary edit that everyone sees at once.
 */
export function UsePointButton({ doc, planId, roundId, audience, point, sectionTitle, sectionExists, onUsed }: UsePointButtonProps) {
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  if (!sectionExists) return <p className="input-point__note">Its section is no longer in the plan.</p>;

  async function use() {
    setState({ kind: 'busy' });
    try {
      const used = await markPointUsed(planId, roundId, point.id);
      quotePointInSection(doc, used.sectionId, { body: used.body, href: pointPath(planId, used.id), linkText: pointLinkText(audience) });
      setState({ kind: 'done' });
      onUsed();
    } catch (failure) {
      setState({ kind: 'error', message: errorMessage(failure) });
    }
  }

  const section = `${paths.plan(planId)}#${sectionAnchor(point.sectionId)}`;
  return (
    <div className="input-point__use">
      <button type="button" className="button button--quiet button--small" onClick={() => void use()} disabled={state.kind === 'busy'}>
        {point.used ? 'Use this point again' : 'Use this point'}
        <span className="visually-hidden"> in {sectionTitle}</span>
      </button>
      <p role="status" className="input-point__use-state">
        {state.kind === 'done' ? (
          <>
            Quoted at the end of {sectionTitle}.{' '}
            <Link to={section} onClick={() => focusWhenPresent(sectionAnchor(point.sectionId))}>
              Go to the section
            </Link>
          </>
        ) : state.kind === 'error' ? (
          `Not used: ${state.message}`
        ) : null}
      </p>
    </div>
  );
}
