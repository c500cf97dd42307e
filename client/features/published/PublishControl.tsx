import { useRef, useState } from 'react';
import { FROZEN_STATUSES, type PlanMeta } from '@shared/schemas.ts';
import type { Publication } from '@shared/publication.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../http/http.ts';
import { getPublication, publish, withdrawPublication } from '../../http/publication.ts';
import { useRequest } from '../../http/useRequest.ts';
import { InviteLink } from '../sharing/InviteLink.tsx';
import { longDay } from './format.ts';

type Confirming = 'republish' | 'withdraw' | null;

const CONFIRM: Record<Exclude<Confirming, null>, { title: string; message: string; action: string }> = {
  republish: {
    title: 'Publish again?',
    message: 'A new link shows the latest adopted version. The current link stops working: anyone who has it sees that it is no longer available.',
    action: 'Publish again',
  },
  withdraw: {
    title: 'Withdraw the public link?',
    message: 'The link stops working at once: anyone who opens it sees that it is no longer available. You can publish a new link later.',
    action: 'Withdraw the link',
  },
};

function What({ meta, link }: { meta: PlanMeta; link: Publication | null }) {
  const adoptedOn = link?.adoptedOn ?? meta.adoptedOn;
  return (
    <p className="publish__what">
      Anyone with the link can read the plan as the board adopted it{adoptedOn ? ` on ${longDay(adoptedOn)}` : ''}, without signing in, and start a
      plan of their own from it. They see its sections, vision and goals — not comments, SWOT notes, or anyone’s name: action steps show no owner.
    </p>
  );
}

/**
 * The plan's public link (2e: share lessons), for its owners and facilitators: publish the
 * adopted version, copy the link, publish again after a later adoption, or withdraw it.
 */
export function PublishControl({ meta }: { meta: PlanMeta }) {
  const key = `publication:${meta.id}:${meta.status}:${meta.adoptedVersionId ?? ''}`;
  const current = useRequest(key, () => (meta.capabilities.manage ? getPublication(meta.id) : Promise.resolve(null)));
  // What this page last published or withdrew, until the plan's adoption changes under it.
  const [local, setLocal] = useState<{ key: string; link: Publication | null } | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (!meta.capabilities.manage) return null;
  const frozen = FROZEN_STATUSES.includes(meta.status);
  const settled = local?.key === key;
  const shown = settled ? local.link : current.status === 'done' ? current.data : undefined;

  async function run(action: () => Promise<Publication | null>, done: string) {
    setConfirming(null);
    setBusy(true);
    setProblem(null);
    setNotice('');
    try {
      const link = await action();
      setLocal({ key, link });
      setNotice(done);
      // The button that was pressed may be gone with the link; keep focus in this panel.
      if (link === null) headingRef.current?.focus();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }
  const doPublish = () => run(() => publish(meta.id), 'Published. Copy the link below to share it.');
  const doWithdraw = () =>
    run(async () => {
      await withdrawPublication(meta.id);
      return null;
    }, 'The public link was withdrawn.');

  return (
    <section className="publish" aria-labelledby="publish-heading">
      <h4 id="publish-heading" ref={headingRef} tabIndex={-1}>
        Public link
      </h4>
      <What meta={meta} link={shown ?? null} />
      {current.status === 'loading' && !settled ? <p className="loading">Checking for a public link…</p> : null}
      {current.status === 'error' && !settled ? <Alert>{current.message}</Alert> : null}
      {problem ? <Alert>{problem}</Alert> : null}
      <p className="publish__notice" role="status">
        {notice}
      </p>
      {shown === null ? (
        frozen ? (
          <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => !busy && void doPublish()}>
            {busy ? 'Publishing…' : 'Publish'}
          </button>
        ) : (
          <p>Once the board adopts the plan, you can publish it here.</p>
        )
      ) : null}
      {shown ? (
        <>
          <InviteLink url={shown.url} label={`Public link, published ${longDay(shown.publishedAt)}`} />
          {shown.showsLatestAdoption ? null : (
            <Alert tone="info">The link still shows revision {shown.revision}. Publish again to show the version the board adopted last.</Alert>
          )}
          <div className="publish__actions">
            {frozen ? (
              <button type="button" className="button button--quiet" aria-haspopup="dialog" aria-disabled={busy || undefined} onClick={() => !busy && setConfirming('republish')}>
                Publish again
              </button>
            ) : null}
            <button type="button" className="button button--danger" aria-haspopup="dialog" aria-disabled={busy || undefined} onClick={() => !busy && setConfirming('withdraw')}>
              Withdraw the public link
            </button>
          </div>
        </>
      ) : null}
      {confirming ? (
        <Dialog title={CONFIRM[confirming].title} onClose={() => setConfirming(null)} className="dialog--confirm">
          <p>{CONFIRM[confirming].message}</p>
          <div className="dialog__actions">
            <button type="button" className="button button--quiet" data-autofocus onClick={() => setConfirming(null)}>
              Keep it
            </button>
            <button type="button" className="button button--danger" onClick={() => void (confirming === 'withdraw' ? doWithdraw() : doPublish())}>
              {CONFIRM[confirming].action}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
