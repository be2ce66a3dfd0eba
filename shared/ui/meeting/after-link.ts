// What the meeting panel needs once the link is on screen, loaded as one piece (use-after-link.ts):
// the invitation code (templates, HTML, wording), the Schedule form and the recent links.
export { renderInvite } from '../../core/invite/render.ts';
export { ScheduleForm } from './schedule-form.tsx';
export { RecentLinks } from './recent-links.tsx';
