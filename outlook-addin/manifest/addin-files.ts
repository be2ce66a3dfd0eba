// The names that tie the manifest, the bundles and the checks together: one place, so the manifest
// test can prove every FunctionName is registered with Office.actions.associate in the built code.

/** Function commands and event handlers, as declared in the manifest and associated in code. */
export const FUNCTION_NAMES = {
  /** Appointment organizer ribbon button and the mobile online-meeting toggle. */
  insertMeeting: 'insertVisioMeeting',
  /** Mail compose ribbon button: an invitation at the cursor. */
  insertInvitation: 'insertVisioInvitation',
  /** Attendee / meeting-request read ribbon button. */
  joinMeeting: 'joinVisioMeeting',
  /** LaunchEvent OnNewAppointmentOrganizer. */
  onNewAppointment: 'onNewAppointmentOrganizer',
} as const;

/** Files of dist/outlook-addin/ the manifest points to (relative to profile.outlook.hostUrl). */
export const ADDIN_PAGES = {
  commands: 'commands.html',
  launchEventPage: 'launchevent.html',
  launchEventScript: 'launchevent.js',
  taskpane: 'taskpane.html',
} as const;

export type IconStyle = 'command' | 'store';

export interface IconFile {
  readonly file: string;
  /** Pixels (size × scale for mobile icons). */
  readonly pixels: number;
  readonly style: IconStyle;
}

/** Desktop ribbon sizes (Microsoft: 16, 32, 80) and the two store icons. */
export const DESKTOP_ICON_SIZES = [16, 32, 80] as const;
/** Mobile: 25, 32 and 48 points at scales 1, 2 and 3 (online-meeting.md). */
export const MOBILE_ICON_SIZES = [25, 32, 48] as const;
export const MOBILE_ICON_SCALES = [1, 2, 3] as const;

export function desktopIconFile(size: number): string {
  return `assets/icon-${size}.png`;
}

export function mobileIconFile(size: number, scale: number): string {
  return `assets/icon-${size}@${scale}x.png`;
}

export const STORE_ICONS = { icon: 'assets/logo-64.png', highResolution: 'assets/logo-128.png' } as const;

/** Every icon file the build draws. */
export function iconFiles(): IconFile[] {
  const files: IconFile[] = DESKTOP_ICON_SIZES.map((size) => ({ file: desktopIconFile(size), pixels: size, style: 'command' }));
  for (const size of MOBILE_ICON_SIZES) {
    for (const scale of MOBILE_ICON_SCALES) files.push({ file: mobileIconFile(size, scale), pixels: size * scale, style: 'command' });
  }
  files.push({ file: STORE_ICONS.icon, pixels: 64, style: 'store' }, { file: STORE_ICONS.highResolution, pixels: 128, style: 'store' });
  return files;
}
