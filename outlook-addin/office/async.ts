import type { AsyncCallback, OfficeErrorLike } from './item-api.ts';

/** An Office call that failed: keeps Office's error code so the message can name it. */
export class OfficeCallError extends Error {
  readonly code: number;
  constructor(readonly operation: string, error: OfficeErrorLike | null | undefined) {
    super(`${operation}: ${error?.name ?? 'Error'} ${error?.code ?? '?'} ${error?.message ?? ''}`.trim());
    this.name = 'OfficeCallError';
    this.code = error?.code ?? -1;
  }
}

/**
 * Office's "internal error", which Outlook on Mac returns intermittently on body.getAsync right after
 * start-up (office-js#1842), and new Outlook on a first custom-properties save (office-js#6624):
 * worth a retry; any other code is a real refusal.
 */
export const TRANSIENT_CODES: ReadonlySet<number> = new Set([5001]);

/** Turns one callback-style Office call into a promise. */
export function officeCall<T>(operation: string, start: (callback: AsyncCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === 'succeeded') resolve(result.value);
        else reject(new OfficeCallError(operation, result.error));
      });
    } catch (error) {
      reject(error);
    }
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Like officeCall, retrying transient failures with a short back-off (total well under a second). */
export async function officeCallWithRetry<T>(
  operation: string,
  start: (callback: AsyncCallback<T>) => void,
  delaysMs: readonly number[] = [150, 400],
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await officeCall(operation, start);
    } catch (error) {
      const delay = delaysMs[attempt];
      if (!(error instanceof OfficeCallError) || !TRANSIENT_CODES.has(error.code) || delay === undefined) throw error;
      await sleep(delay);
    }
  }
}
