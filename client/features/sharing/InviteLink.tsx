import { useId, useState } from 'react';

/**
 * A link to hand to someone, in a read-only field (select it and copy by hand) with a Copy
 * button whose outcome is announced.
 */
export function InviteLink({ url, label }: { url: string; label: string }) {
  const id = useId();
  const [copied, setCopied] = useState<string>('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied.');
    } catch {
      setCopied('Copying is not allowed here. Select the link and copy it yourself.');
    }
  }
  return (
    <div className="invite-link">
      <label htmlFor={id}>{label}</label>
      <div className="invite-link__row">
        <input id={id} className="invite-link__url" type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="invite-link__status" role="status">
        {copied}
      </p>
    </div>
  );
}
