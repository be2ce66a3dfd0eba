import { officeCall, officeCallWithRetry } from './async.ts';
import type { BodyApi, BodyFormat } from './item-api.ts';

/**
 * The body's format: appointments are HTML, but phones and tablets may edit them as text
 * (office.body.yml getTypeAsync). HTML goes into HTML, text into text: setting HTML into a text body
 * fails with InvalidFormatError.
 */
export async function readBodyFormat(body: Pick<BodyApi, 'getTypeAsync'>): Promise<BodyFormat> {
  const type = await officeCallWithRetry('body.getTypeAsync', (callback) => body.getTypeAsync(callback));
  return String(type).toLowerCase() === 'html' ? 'html' : 'text';
}

export function readBody(body: Pick<BodyApi, 'getAsync'>, format: BodyFormat): Promise<string> {
  return officeCallWithRetry('body.getAsync', (callback) => body.getAsync(format, callback));
}

/** Not retried: a write that reported failure may still have landed, and a retry could then duplicate. */
export function writeBody(body: Pick<BodyApi, 'setAsync'>, format: BodyFormat, data: string): Promise<void> {
  return officeCall('body.setAsync', (callback) => body.setAsync(data, { coercionType: format }, callback));
}

export function insertAtCursor(body: Pick<BodyApi, 'setSelectedDataAsync'>, format: BodyFormat, data: string): Promise<void> {
  return officeCall('body.setSelectedDataAsync', (callback) => body.setSelectedDataAsync(data, { coercionType: format }, callback));
}
