import type { ComposeItem } from './item-api.ts';

/** Compose appointments have `location.getAsync`; items being read have a plain string there. */
export function isComposeAppointment(item: unknown): item is ComposeItem {
  const candidate = item as Partial<ComposeItem> | null;
  return Boolean(candidate && candidate.itemType === 'appointment' && candidate.body
    && typeof (candidate.location as { getAsync?: unknown } | undefined)?.getAsync === 'function');
}
