/**
 * Dial-in details as Meet shows them (notes/visio-meet.md §3): a 10-digit PIN grouped 3-3-4 and
 * followed by `#` (`123 456 7890#`), the caller's key to end the code.
 */
export function formatPin(pin: string): string {
  const digits = pin.replace(/[\s#]/g, '');
  if (!/^\d+$/.test(digits)) return pin.trim();
  if (digits.length === 10) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}#`;
  // Other lengths (Meet allows 4 and more): groups of 3, a last digit left alone joins its neighbours.
  const groups = digits.match(/\d{1,3}/g) ?? [];
  if (groups.length > 1 && groups[groups.length - 1]?.length === 1) {
    const last = groups.pop() ?? '';
    groups[groups.length - 1] += last;
  }
  return `${groups.join(' ')}#`;
}

/** `tel:` URI for a displayed number: `+33 9 01 02 03 04` → `tel:+33901020304`. */
export function telUri(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
