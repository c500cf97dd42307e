/**
 * A tick in a circle for a met condition, a triangle with an exclamation mark for a gap. The
 * shapes differ as well as the colours, and the words beside the icon carry the meaning.
 */
export function StatusIcon({ ok }: { ok: boolean }) {
  return (
    <svg className={ok ? 'status-icon status-icon--ok' : 'status-icon status-icon--gap'} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {ok ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : (
        <>
          <path d="M8 1.2l7 12.6H1z" fill="currentColor" />
          <path d="M8 5.6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          <circle cx="8" cy="12" r="1" fill="#fff" />
        </>
      )}
    </svg>
  );
}
