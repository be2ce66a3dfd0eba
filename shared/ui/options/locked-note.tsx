import { useT } from '../host-context.ts';

/** Says why a field cannot be changed: IT set it through a policy. */
export function LockedNote({ id }: { id?: string }) {
  return <p id={id} class="locked" data-visio-locked="">{useT()('lockedByOrg')}</p>;
}
