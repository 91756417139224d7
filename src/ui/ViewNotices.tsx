import type { ViewNotice } from '../state/viewState.ts';

/** Says in words which parts of a link were ignored and what is shown instead. */
export function ViewNotices({ notices }: { notices: ViewNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="view-notices">
      <p>Part of this link could not be used:</p>
      <ul>
        {notices.map((n, i) => (
          <li key={`${n.param}-${i}`}>{n.message}</li>
        ))}
      </ul>
    </div>
  );
}
