// The link is what people open the popup for, so it shows first; the invitation code, the
// Schedule form and the recent links (after-link.ts) load right after the first render, and the buttons that need the
// invitation (Copy invitation, Schedule, .ics) enable a few milliseconds later. In the task pane's
// single-file bundle esbuild inlines the import.
// The invitation's words in the user's language come with them where the host loads them late.
import { useEffect, useState } from 'preact/hooks';
import { useHost } from '../host-context.ts';

export type AfterLink = typeof import('./after-link.ts');

export function useAfterLink(): AfterLink | null {
  const host = useHost();
  const [loaded, setLoaded] = useState<AfterLink | null>(null);
  useEffect(() => {
    let live = true;
    // The invitation's words first where the page loads them late: no invitation in the wrong language.
    Promise.all([import('./after-link.ts'), host.loadInviteWords?.()])
      .then(([module]) => { if (live) setLoaded(module); })
      // Only a half-written update can lose a packaged file: the invitation buttons stay disabled.
      .catch((error: unknown) => console.warn('Visio: invitation code not loaded', error));
    return () => { live = false; };
  }, []);
  return loaded;
}
