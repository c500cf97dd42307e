import { useEffect, useState } from 'react';
import type { InvitePreview } from '@shared/schemas.ts';
import { previewInvite } from '../../http/invites.ts';

/**
 * What an invite token is for, once loaded; null without a token or when the invite
 * cannot be used (the invite page explains why; sign-up then works as without one).
 */
export function useInvitePreview(token: string | null): InvitePreview | null {
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  useEffect(() => {
    if (!token) return;
    let live = true;
    previewInvite(token).then(
      (answer) => live && setPreview(answer),
      () => live && setPreview(null),
    );
    return () => {
      live = false;
    };
  }, [token]);
  return token ? preview : null;
}
