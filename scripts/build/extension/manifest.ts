// The extension's manifest for one browser: base + browser patch + what the profile decides
// (name, gecko id, the instance's host permission) + the webmail content scripts of issue 4.
import { instanceParts } from '../../../shared/core/profile/instance-url.ts';
import type { Profile } from '../../../shared/core/profile/profile.ts';

export type Browser = 'chrome' | 'firefox';
type Json = Record<string, unknown>;

export interface ContentScriptPart {
  readonly content_scripts?: readonly unknown[];
  readonly host_permissions?: readonly string[];
  readonly optional_host_permissions?: readonly string[];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else in the patch replaces the base. */
export function mergeManifest(base: Json, patch: Json): Json {
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    merged[key] = isObject(value) && isObject(base[key]) ? mergeManifest(base[key], value) : value;
  }
  return merged;
}

/** Match patterns carry no port: `http://127.0.0.1/*` covers an instance on any port. */
export function instanceHostPattern(instanceUrl: string): string {
  const parts = instanceParts(instanceUrl);
  if (parts === null) throw new Error(`invalid instance URL in profile: ${instanceUrl}`);
  return `${parts.scheme}://${parts.host}/*`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function extensionManifest(options: {
  base: Json; patch: Json; profile: Profile; version: string; browser: Browser; contentScripts?: ContentScriptPart;
}): Json {
  const { profile, browser, contentScripts = {} } = options;
  const manifest = mergeManifest(options.base, options.patch);
  manifest.name = profile.productName;
  manifest.version = options.version;
  manifest.host_permissions = unique([instanceHostPattern(profile.instanceUrl), ...(contentScripts.host_permissions ?? [])]);
  const optional = unique([...((manifest.optional_host_permissions as string[] | undefined) ?? []), ...(contentScripts.optional_host_permissions ?? [])]);
  if (optional.length > 0) manifest.optional_host_permissions = optional;
  if ((contentScripts.content_scripts ?? []).length > 0) manifest.content_scripts = contentScripts.content_scripts;
  if (browser === 'firefox') {
    const settings = manifest.browser_specific_settings as { gecko: Json };
    settings.gecko.id = profile.geckoId;
  }
  return manifest;
}
