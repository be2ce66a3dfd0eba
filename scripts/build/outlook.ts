// Builds dist/outlook-addin/: a static folder any HTTPS server can host (docs/outlook-deployment.md).
//   manifest.xml            manifest/outlook/manifest.template.xml filled from the profile
//                           (outlook-addin/manifest/build-manifest.ts)
//   commands.html + .js     ribbon functions (FunctionFile)
//   launchevent.html + .js  OnNewAppointmentOrganizer; the .js is a self-contained, DOM-free IIFE that
//                           classic Outlook on Windows loads alone
//   taskpane.html + .js/.css the task pane (preact, shared/ui)
//   taskpane-words.<lang>.js the task pane's shared words in en, de, nl (its bundle holds French)
//   assets/*.png            icons drawn at every declared size
//   locales/<lang>.json     every string the add-in shows, per language, for review by the organisation
//   assets/office-js/       only when profile.outlook.officeJs === 'self'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { buildManifest, MANIFEST_TEMPLATE_PATH } from '../../outlook-addin/manifest/build-manifest.ts';
import { ADDIN_PAGES, iconFiles } from '../../outlook-addin/manifest/addin-files.ts';
import { drawIcon } from '../../outlook-addin/manifest/icon.ts';
import { manifestStrings } from '../../outlook-addin/manifest/manifest-strings.ts';
import { addinMessages } from '../../outlook-addin/i18n/addin-messages.ts';
import { paneMessages } from '../../outlook-addin/i18n/pane-messages.ts';
import { LANGS } from '../../shared/core/i18n/lang.ts';
import type { BuildContext } from './context.ts';
import { lazyLanguages } from './extension/lazy-languages.ts';

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SELF_OFFICE_JS = 'assets/office-js/office.js';

/** Which office.js the pages load: Microsoft's CDN (supported), or the npm copy on our own host. */
export function officeJsSrc(ctx: Pick<BuildContext, 'profile'>): string {
  return ctx.profile.outlook.officeJs === 'self' ? SELF_OFFICE_JS : CDN_OFFICE_JS;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A page with no inline script or style (strict CSP): office.js first, then our bundle. */
function page(ctx: BuildContext, title: string, script: string, options: { body?: string; css?: string } = {}): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttr(title)}</title>
${options.css ? `<link rel="stylesheet" href="${options.css}">\n` : ''}<script src="${escapeAttr(officeJsSrc(ctx))}"></script>
<script src="${script}" defer></script>
</head>
<body>${options.body ?? ''}</body>
</html>
`;
}

function bundleOptions(ctx: BuildContext, entry: string, outfile: string, target: string): BuildOptions {
  return {
    entryPoints: [join(ctx.root, entry)],
    outfile,
    bundle: true,
    format: 'iife',
    target,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __VISIO_PROFILE__: JSON.stringify(ctx.profile) },
    jsx: 'automatic',
    jsxImportSource: 'preact',
  };
}

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expressions (the
 * core's frame patterns use ═ and ─). A \uXXXX escape means the same character in a string, a
 * regular expression, a template or an identifier, so every UTF-16 unit outside ASCII becomes one.
 */
export function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** office.js' npm copy, Outlook's part only: the loader, Outlook host scripts, strings per locale. */
async function copyOfficeJs(ctx: BuildContext, dir: string): Promise<void> {
  const source = join(ctx.root, 'node_modules/@microsoft/office-js/dist');
  const otherHosts = /^(excel|word|powerpoint|onenote|project|visio|access|custom-functions|html2canvas)/i;
  await cp(source, join(dir, 'assets/office-js'), {
    recursive: true,
    filter: (path) => {
      const rel = relative(source, path);
      if (rel === '') return true;
      const name = basename(path);
      if (name.endsWith('.debug.js') || name.endsWith('.d.ts') || name === 'office-vsdoc.js') return false;
      const depth = rel.split(sep).length;
      if (depth === 1) return !otherHosts.test(name);
      const folder = rel.split(sep)[0] ?? '';
      if (/^[a-z]{2,3}(-[a-z0-9]{2,4})+$/.test(folder)) return name === 'office_strings.js' || name === 'outlook_strings.js';
      return true;
    },
  });
}

export async function buildOutlookAddin(ctx: BuildContext): Promise<void> {
  const dir = join(ctx.out, 'outlook-addin');
  await mkdir(join(dir, 'assets'), { recursive: true });
  const name = ctx.profile.productName;

  const manifestTemplate = await readFile(join(ctx.root, MANIFEST_TEMPLATE_PATH), 'utf8');
  await writeFile(join(dir, 'manifest.xml'), buildManifest(manifestTemplate, ctx.profile, ctx.version));
  for (const icon of iconFiles()) {
    await mkdir(dirname(join(dir, icon.file)), { recursive: true });
    await writeFile(join(dir, icon.file), drawIcon(icon.pixels, icon.style));
  }

  await build(bundleOptions(ctx, 'outlook-addin/commands/main.ts', join(dir, 'commands.js'), 'es2020'));
  // The event runtime of classic Outlook is not a browser: an older syntax level, a neutral platform,
  // and pure ASCII, since it loads the file with no page to declare an encoding.
  const launchEvent = join(dir, ADDIN_PAGES.launchEventScript);
  await build({ ...bundleOptions(ctx, 'outlook-addin/launchevent/main.ts', launchEvent, 'es2017'), platform: 'neutral', mainFields: ['module', 'main'] });
  await writeFile(launchEvent, asciiOnly(await readFile(launchEvent, 'utf8')));
  // The task pane holds the shared message tables in French only; each other language is a small
  // classic script it adds when its user reads that language (outlook-addin/taskpane/load-words.ts).
  await build({ ...bundleOptions(ctx, 'outlook-addin/taskpane/main.tsx', join(dir, 'taskpane.js'), 'es2020'), plugins: [lazyLanguages] });
  for (const lang of LANGS.filter((code) => code !== 'fr')) {
    await build(bundleOptions(ctx, `outlook-addin/taskpane/words/${lang}.ts`, join(dir, `taskpane-words.${lang}.js`), 'es2020'));
  }

  const css = [await readFile(join(ctx.root, 'shared/ui/ui.css'), 'utf8'), await readFile(join(ctx.root, 'outlook-addin/taskpane/taskpane.css'), 'utf8')];
  await writeFile(join(dir, 'taskpane.css'), css.join('\n'));
  await writeFile(join(dir, ADDIN_PAGES.commands), page(ctx, name, 'commands.js'));
  await writeFile(join(dir, ADDIN_PAGES.launchEventPage), page(ctx, name, ADDIN_PAGES.launchEventScript));
  await writeFile(join(dir, ADDIN_PAGES.taskpane), page(ctx, name, 'taskpane.js', { css: 'taskpane.css', body: '<div id="app"></div>' }));
  // The bundles carry their words; these files let a reviewer read them all without the code.
  await mkdir(join(dir, 'locales'), { recursive: true });
  for (const lang of LANGS) {
    const words = { manifest: manifestStrings[lang], notices: addinMessages[lang], taskpane: paneMessages[lang] };
    await writeFile(join(dir, 'locales', `${lang}.json`), `${JSON.stringify(words, null, 2)}\n`);
  }
  if (ctx.profile.outlook.officeJs === 'self') await copyOfficeJs(ctx, dir);
  ctx.log(`Outlook add-in: ${relative(ctx.root, dir)}/ (manifest for ${ctx.profile.outlook.hostUrl})`);
}
