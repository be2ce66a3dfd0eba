// A short message in the page, for when the extension cannot write: no silent no-op. Built with
// DOM calls and textContent in a closed shadow root, so page styles neither break nor read it.

const HOST_ID = 'visio-scheduler-toast';

export function showToast(message: string, durationMs = 12_000): void {
  document.getElementById(HOST_ID)?.remove();
  const host = document.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.textContent = message;
  Object.assign(box.style, {
    position: 'fixed', top: '16px', right: '16px', zIndex: '2147483647', maxWidth: '420px',
    padding: '12px 16px', background: '#161616', color: '#ffffff', font: '14px/1.4 system-ui, sans-serif',
    borderRadius: '6px', boxShadow: '0 4px 16px rgba(0,0,0,.35)', userSelect: 'text', wordBreak: 'break-word',
  });
  root.append(box);
  (document.body ?? document.documentElement).append(host);
  setTimeout(() => host.remove(), durationMs);
}
