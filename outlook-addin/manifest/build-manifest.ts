// Generates the add-in-only XML manifest from the organisation profile (notes/outlook-addin.md §2).
// Layout: base manifest at Mailbox 1.1 (installs everywhere, on-premises Exchange included);
// VersionOverridesV1_0 (Mailbox 1.3) with the four desktop command surfaces; nested
// VersionOverridesV1_1 repeating them (clients that read V1_1 ignore V1_0) plus SupportsSharedFolders,
// Runtimes + LaunchEvent OnNewAppointmentOrganizer, and the mobile online-meeting toggle.
import { LANGS, type Lang } from '../../shared/core/i18n/lang.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import {
  ADDIN_PAGES, DESKTOP_ICON_SIZES, FUNCTION_NAMES, MOBILE_ICON_SCALES, MOBILE_ICON_SIZES, STORE_ICONS,
  desktopIconFile, mobileIconFile,
} from './addin-files.ts';
import { MANIFEST_LOCALES, manifestString, type ManifestStringId } from './manifest-strings.ts';
import { comment, el, renderXml, text, type XmlElement } from './xml.ts';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  v1_0: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  v1_1: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

const SHORT: readonly ManifestStringId[] = [
  'Group.Label', 'InsertButton.Label', 'TaskpaneButton.Label', 'MailInsertButton.Label', 'JoinButton.Label', 'MobileButton.Label',
];
const LONG: readonly ManifestStringId[] = ['InsertButton.Tooltip', 'TaskpaneButton.Tooltip', 'MailInsertButton.Tooltip', 'JoinButton.Tooltip'];

/** Office wants 1 to 4 dot-separated numbers; package.json's `0.1.0` qualifies, `0.1.0-beta` does not. */
export function manifestVersion(version: string): string {
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    throw new Error(`package.json version "${version}" cannot be an Outlook manifest <Version> (digits and dots only, e.g. 1.2.0).`);
  }
  return version;
}

interface Context {
  readonly profile: Profile;
  readonly base: string;
  readonly say: (lang: Lang, id: ManifestStringId) => string;
}

function url(ctx: Context, path: string): string {
  return `${ctx.base}/${path}`;
}

/** `DefaultValue` in French, then one override per other language (base-manifest form). */
function localized(ctx: Context, name: string, id: ManifestStringId): XmlElement {
  return el(name, { DefaultValue: ctx.say('fr', id) }, LANGS.filter((lang) => lang !== 'fr').map((lang) =>
    el('Override', { Locale: MANIFEST_LOCALES[lang], Value: ctx.say(lang, id) })));
}

function resourceString(ctx: Context, id: ManifestStringId): XmlElement {
  return el('bt:String', { id, DefaultValue: ctx.say('fr', id) }, LANGS.filter((lang) => lang !== 'fr').map((lang) =>
    el('bt:Override', { Locale: MANIFEST_LOCALES[lang], Value: ctx.say(lang, id) })));
}

function desktopIcon(): XmlElement {
  return el('Icon', {}, DESKTOP_ICON_SIZES.map((size) => el('bt:Image', { size: String(size), resid: `Icon.${size}` })));
}

function button(id: string, label: ManifestStringId, tooltip: ManifestStringId, action: XmlElement): XmlElement {
  return el('Control', { 'xsi:type': 'Button', id }, [
    el('Label', { resid: label }),
    el('Supertip', {}, [el('Title', { resid: label }), el('Description', { resid: tooltip })]),
    desktopIcon(),
    action,
  ]);
}

function executeFunction(name: string): XmlElement {
  return el('Action', { 'xsi:type': 'ExecuteFunction' }, [el('FunctionName', {}, [text(name)])]);
}

function surface(type: string, groupId: string, controls: XmlElement[]): XmlElement {
  return el('ExtensionPoint', { 'xsi:type': type }, [
    el('OfficeTab', { id: 'TabDefault' }, [el('Group', { id: groupId }, [el('Label', { resid: 'Group.Label' }), ...controls])]),
  ]);
}

function desktopSurfaces(): XmlElement[] {
  const join = (id: string) => button(id, 'JoinButton.Label', 'JoinButton.Tooltip', executeFunction(FUNCTION_NAMES.joinMeeting));
  return [
    surface('AppointmentOrganizerCommandSurface', 'visio.organizer', [
      // Only one function command is allowed on the organizer surface for meeting providers (online-meeting.md).
      button('visio.organizer.insert', 'InsertButton.Label', 'InsertButton.Tooltip', executeFunction(FUNCTION_NAMES.insertMeeting)),
      button('visio.organizer.pane', 'TaskpaneButton.Label', 'TaskpaneButton.Tooltip',
        el('Action', { 'xsi:type': 'ShowTaskpane' }, [el('SourceLocation', { resid: 'Taskpane.Url' })])),
    ]),
    surface('AppointmentAttendeeCommandSurface', 'visio.attendee', [join('visio.attendee.join')]),
    surface('MessageReadCommandSurface', 'visio.read', [join('visio.read.join')]),
    surface('MessageComposeCommandSurface', 'visio.compose', [
      button('visio.compose.insert', 'MailInsertButton.Label', 'MailInsertButton.Tooltip', executeFunction(FUNCTION_NAMES.insertInvitation)),
    ]),
  ];
}

function resources(ctx: Context, withV1_1: boolean): XmlElement {
  const images = DESKTOP_ICON_SIZES.map((size) => el('bt:Image', { id: `Icon.${size}`, DefaultValue: url(ctx, desktopIconFile(size)) }));
  if (withV1_1) {
    for (const size of MOBILE_ICON_SIZES) {
      for (const scale of MOBILE_ICON_SCALES) {
        images.push(el('bt:Image', { id: `Icon.${size}x${scale}`, DefaultValue: url(ctx, mobileIconFile(size, scale)) }));
      }
    }
  }
  const urls = [
    el('bt:Url', { id: 'Commands.Url', DefaultValue: url(ctx, ADDIN_PAGES.commands) }),
    el('bt:Url', { id: 'Taskpane.Url', DefaultValue: url(ctx, ADDIN_PAGES.taskpane) }),
  ];
  if (withV1_1) {
    urls.push(
      el('bt:Url', { id: 'WebViewRuntime.Url', DefaultValue: url(ctx, ADDIN_PAGES.launchEventPage) }),
      el('bt:Url', { id: 'JSRuntime.Url', DefaultValue: url(ctx, ADDIN_PAGES.launchEventScript) }),
    );
  }
  return el('Resources', {}, [
    el('bt:Images', {}, images),
    el('bt:Urls', {}, urls),
    el('bt:ShortStrings', {}, SHORT.map((id) => resourceString(ctx, id))),
    el('bt:LongStrings', {}, LONG.map((id) => resourceString(ctx, id))),
  ]);
}

function requirements(minVersion: string): XmlElement {
  return el('Requirements', {}, [el('bt:Sets', { DefaultMinVersion: minVersion }, [el('bt:Set', { Name: 'Mailbox' })])]);
}

function mobileFormFactor(): XmlElement {
  const icons = MOBILE_ICON_SIZES.flatMap((size) => MOBILE_ICON_SCALES.map((scale) =>
    el('bt:Image', { size: String(size), scale: String(scale), resid: `Icon.${size}x${scale}` })));
  return el('MobileFormFactor', {}, [
    el('FunctionFile', { resid: 'Commands.Url' }),
    el('ExtensionPoint', { 'xsi:type': 'MobileOnlineMeetingCommandSurface' }, [
      el('Control', { 'xsi:type': 'MobileButton', id: 'visio.mobile.insert' }, [
        el('Label', { resid: 'MobileButton.Label' }),
        el('Icon', { 'xsi:type': 'bt:MobileIconList' }, icons),
        executeFunction(FUNCTION_NAMES.insertMeeting),
      ]),
    ]),
  ]);
}

function versionOverridesV1_1(ctx: Context): XmlElement {
  return el('VersionOverrides', { xmlns: NS.v1_1, 'xsi:type': 'VersionOverridesV1_1' }, [
    comment('Mailbox 1.3, not 1.10: phones stop at 1.5 and would otherwise lose the meeting toggle. '
      + 'Only clients with event-based activation (Mailbox 1.10) honour the LaunchEvent below; the others ignore it.'),
    requirements('1.3'),
    el('Hosts', {}, [el('Host', { 'xsi:type': 'MailHost' }, [
      el('Runtimes', {}, [
        comment('The HTML page serves web, new Outlook and Mac; classic Outlook on Windows loads the JavaScript file alone.'),
        el('Runtime', { resid: 'WebViewRuntime.Url' }, [el('Override', { type: 'javascript', resid: 'JSRuntime.Url' })]),
      ]),
      el('DesktopFormFactor', {}, [
        el('SupportsSharedFolders', {}, [text('true')]),
        el('FunctionFile', { resid: 'Commands.Url' }),
        ...desktopSurfaces(),
        el('ExtensionPoint', { 'xsi:type': 'LaunchEvent' }, [
          el('LaunchEvents', {}, [el('LaunchEvent', { Type: 'OnNewAppointmentOrganizer', FunctionName: FUNCTION_NAMES.onNewAppointment })]),
          el('SourceLocation', { resid: 'WebViewRuntime.Url' }),
        ]),
      ]),
      mobileFormFactor(),
    ])]),
    resources(ctx, true),
  ]);
}

function versionOverridesV1_0(ctx: Context): XmlElement {
  return el('VersionOverrides', { xmlns: NS.v1_0, 'xsi:type': 'VersionOverridesV1_0' }, [
    requirements('1.3'),
    el('Hosts', {}, [el('Host', { 'xsi:type': 'MailHost' }, [
      el('DesktopFormFactor', {}, [el('FunctionFile', { resid: 'Commands.Url' }), ...desktopSurfaces()]),
    ])]),
    resources(ctx, false),
    versionOverridesV1_1(ctx),
  ]);
}

function origin(address: string): string {
  return new URL(address).origin;
}

export function buildManifest(profile: Profile, version: string): string {
  const base = profile.outlook.hostUrl.replace(/\/+$/, '');
  const names = { appName: profile.appName, productName: profile.productName };
  const ctx: Context = { profile, base, say: (lang, id) => manifestString(lang, id, names) };
  const domains = [...new Set([origin(base), origin(profile.instanceUrl), ...profile.extraInstances.map(origin)])];
  // Legacy (pre-command) form settings: the schema still requires them; the edit form has no height.
  const taskpaneSource = el('SourceLocation', { DefaultValue: url(ctx, ADDIN_PAGES.taskpane) });
  const form = (type: 'ItemRead' | 'ItemEdit') => el('Form', { 'xsi:type': type }, [
    el('DesktopSettings', {}, [taskpaneSource, type === 'ItemRead' && el('RequestedHeight', {}, [text('250')])]),
  ]);
  const rule = (itemType: string, formType: string) => el('Rule', { 'xsi:type': 'ItemIs', ItemType: itemType, FormType: formType });
  const root = el('OfficeApp', {
    xmlns: NS.app, 'xmlns:xsi': NS.xsi, 'xmlns:bt': NS.bt, 'xmlns:mailappor': NS.v1_0, 'xsi:type': 'MailApp',
  }, [
    el('Id', {}, [text(profile.outlook.addinId)]),
    el('Version', {}, [text(manifestVersion(version))]),
    el('ProviderName', {}, [text(profile.outlook.providerName)]),
    el('DefaultLocale', {}, [text(MANIFEST_LOCALES.fr)]),
    el('DisplayName', { DefaultValue: profile.productName }, LANGS.filter((lang) => lang !== 'fr').map((lang) =>
      el('Override', { Locale: MANIFEST_LOCALES[lang], Value: profile.productName }))),
    localized(ctx, 'Description', 'Addin.Description'),
    el('IconUrl', { DefaultValue: url(ctx, STORE_ICONS.icon) }),
    el('HighResolutionIconUrl', { DefaultValue: url(ctx, STORE_ICONS.highResolution) }),
    el('SupportUrl', { DefaultValue: profile.helpUrl ?? profile.instanceUrl }),
    el('AppDomains', {}, domains.map((domain) => el('AppDomain', {}, [text(domain)]))),
    el('Hosts', {}, [el('Host', { Name: 'Mailbox' })]),
    el('Requirements', {}, [el('Sets', {}, [el('Set', { Name: 'Mailbox', MinVersion: '1.1' })])]),
    el('FormSettings', {}, [form('ItemRead'), form('ItemEdit')]),
    el('Permissions', {}, [text('ReadWriteItem')]),
    el('Rule', { 'xsi:type': 'RuleCollection', Mode: 'Or' }, [
      rule('Appointment', 'Edit'), rule('Appointment', 'Read'), rule('Message', 'Edit'), rule('Message', 'Read'),
    ]),
    el('DisableEntityHighlighting', {}, [text('false')]),
    versionOverridesV1_0(ctx),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generated by npm run build from the organisation profile: edit the profile, not this file. -->\n${renderXml(root)}\n`;
}
