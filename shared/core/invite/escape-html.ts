/**
 * Escapes text for HTML element content and for double- or single-quoted attribute values:
 * every value put into an invitation (URL, phone, notice, app name) goes through here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
