// One live region per view: screen readers hear "Lien copié." without focus moving.
import { useState } from 'preact/hooks';

export interface Status {
  readonly text: string;
  readonly kind: 'info' | 'error';
}

/** [what is said, say it, clear it]: an error must go once what caused it is fixed. */
export function useStatus(): [Status | null, (text: string, kind?: Status['kind']) => void, () => void] {
  const [status, setStatus] = useState<Status | null>(null);
  return [status, (text, kind = 'info') => setStatus({ text, kind }), () => setStatus(null)];
}

/** Always rendered (empty when idle): a live region must exist before its text changes. */
export function StatusLine({ status }: { status: Status | null }) {
  return (
    <p class={`status${status?.kind === 'error' ? ' status-error' : ''}`} role="status" aria-live="polite" data-visio-status="">
      {status?.text ?? ''}
    </p>
  );
}
