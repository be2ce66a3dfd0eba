// Loads the resolved profile once and follows later changes (settings page, IT policy updates).
import { useEffect, useState } from 'preact/hooks';
import type { ProfileState } from './host.ts';
import { useHost } from './host-context.ts';

export function useProfileState(): [ProfileState | null, (state: ProfileState) => void] {
  const host = useHost();
  const [state, setState] = useState<ProfileState | null>(host.initialProfile ?? null);
  useEffect(() => {
    let alive = true;
    void host.getProfile().then((loaded) => { if (alive) setState(loaded); });
    const unsubscribe = host.onProfileChange?.((changed) => { if (alive) setState(changed); });
    return () => { alive = false; unsubscribe?.(); };
  }, [host]);
  return [state, setState];
}
