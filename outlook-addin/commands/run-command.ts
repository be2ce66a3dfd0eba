import type { Lang } from '../../shared/core/i18n/lang.ts';
import { OfficeCallError } from '../office/async.ts';
import type { CommandEvent, NotificationsApi } from '../office/item-api.ts';
import { notify } from '../office/notify.ts';
import { sayAddin, type AddinMessageKey } from '../i18n/addin-messages.ts';

/**
 * Outlook gives a function command one minute (online-meeting.md "Restrictions"); we give up well
 * before, so the user gets our message rather than Outlook's generic "taking too long".
 */
export const COMMAND_TIMEOUT_MS = 40_000;
/** A notice that does not come back within this is abandoned: completing matters more. */
const NOTIFY_TIMEOUT_MS = 3_000;

export class CommandTimeoutError extends Error {
  constructor() {
    super('command timed out');
    this.name = 'CommandTimeoutError';
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CommandTimeoutError()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface Notice {
  readonly kind: 'info' | 'error';
  readonly key: AddinMessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Which message an error gets: the user learns whether to wait, retry or call IT. */
export function noticeForError(error: unknown): Notice {
  if (error instanceof CommandTimeoutError) return { kind: 'error', key: 'timeout' };
  if (error instanceof OfficeCallError) return { kind: 'error', key: 'officeRefused', params: { code: error.code } };
  return { kind: 'error', key: 'unexpected' };
}

export interface CommandRun {
  readonly event: CommandEvent;
  readonly notifications: NotificationsApi | undefined;
  readonly lang: Lang;
  readonly appName: string;
  readonly timeoutMs?: number;
  /** Passed to completed(): the mobile toggle turns itself back off when this is false. */
  readonly reportAllowEvent?: boolean;
}

/**
 * Runs one command: the work, then its notice; `event.completed()` exactly once, in `finally`,
 * whatever happens (error, timeout, a notice that never comes back).
 */
export async function runCommand(run: CommandRun, work: () => Promise<Notice | null>): Promise<void> {
  let ok = false;
  try {
    const notice = await withTimeout(work(), run.timeoutMs ?? COMMAND_TIMEOUT_MS);
    ok = true;
    if (notice) await show(run, notice);
  } catch (error) {
    console.error(`[visio] command failed: ${String(error)}`);
    await show(run, noticeForError(error));
  } finally {
    run.event.completed(run.reportAllowEvent ? { allowEvent: ok } : undefined);
  }
}

async function show(run: CommandRun, notice: Notice): Promise<void> {
  const message = sayAddin(run.lang, notice.key, { appName: run.appName, ...notice.params });
  await withTimeout(notify(run.notifications, notice.kind, message), NOTIFY_TIMEOUT_MS).catch(() => undefined);
}
