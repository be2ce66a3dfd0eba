// Fills the Outlook add-in's XML manifest template (manifest/outlook/manifest.template.xml) from the
// organisation profile and package.json. The manifest's structure lives in the template; this file
// only names the values: profile fields, the files the build writes, the function names and the
// localized strings (manifest-strings.ts, their one source).
import { LANGS } from '../../shared/core/i18n/lang.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { ADDIN_PAGES, FUNCTION_NAMES, iconFiles } from './addin-files.ts';
import { manifestString, manifestStrings, type ManifestStringId } from './manifest-strings.ts';
import { fillXmlTemplate, type TemplateValues } from './template.ts';

/** Relative to the repository root. */
export const MANIFEST_TEMPLATE_PATH = 'manifest/outlook/manifest.template.xml';

/** Office wants 1 to 4 dot-separated numbers; package.json's `0.1.0` qualifies, `0.1.0-beta` does not. */
export function manifestVersion(version: string): string {
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    throw new Error(`package.json version "${version}" cannot be an Outlook manifest <Version> (digits and dots only, e.g. 1.2.0).`);
  }
  return version;
}

function origin(address: string): string {
  return new URL(address).origin;
}

/** Every placeholder the template may use, with its value for this profile and version. */
export function manifestValues(profile: Profile, version: string): TemplateValues {
  const base = profile.outlook.hostUrl.replace(/\/+$/, '');
  const scalars = new Map<string, string>([
    ['profile.outlook.addinId', profile.outlook.addinId],
    ['profile.outlook.providerName', profile.outlook.providerName],
    ['profile.productName', profile.productName],
    ['package.version', manifestVersion(version)],
    ['supportUrl', profile.helpUrl ?? profile.instanceUrl],
  ]);
  for (const file of [...Object.values(ADDIN_PAGES), ...iconFiles().map((icon) => icon.file)]) scalars.set(`host:${file}`, `${base}/${file}`);
  for (const [key, name] of Object.entries(FUNCTION_NAMES)) scalars.set(`function:${key}`, name);
  const names = { appName: profile.appName, productName: profile.productName };
  for (const lang of LANGS) {
    for (const id of Object.keys(manifestStrings.fr) as ManifestStringId[]) scalars.set(`${lang}:${id}`, manifestString(lang, id, names));
  }
  const appDomains = [...new Set([origin(base), origin(profile.instanceUrl), ...profile.extraInstances.map(origin)])];
  return { scalars, lists: new Map([['appDomain', appDomains]]) };
}

/** `template` is the text of MANIFEST_TEMPLATE_PATH; throws a TemplateError listing every problem. */
export function buildManifest(template: string, profile: Profile, version: string): string {
  return fillXmlTemplate(template, manifestValues(profile, version));
}
