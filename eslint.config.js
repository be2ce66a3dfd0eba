// Lint = the architecture's boundaries, enforced (DEVELOPERS.md "Layout"), plus typescript-eslint's basics.
import tseslint from 'typescript-eslint';

const webExtensionGlobals = ['browser', 'chrome'];
const officeGlobals = ['Office', 'OfficeRuntime'];
// The Outlook event runtime on classic Windows is JavaScript-only: no DOM, no storage, no navigator.
const domGlobals = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'DOMParser',
  'HTMLElement', 'Element', 'Node', 'MutationObserver', 'XMLSerializer', 'customElements', 'alert',
];
const restrictGlobals = (names, why) => names.map((name) => ({ name, message: `${name}: ${why}` }));

const noPlatformImports = [
  { group: ['webextension-polyfill'], message: 'WebExtension APIs belong in extension/ only.' },
  { group: ['@microsoft/office-js', 'office-js'], message: 'Office.js belongs in outlook-addin/ only.' },
];
const noIcalOutsideItsModule = { group: ['ical.js'], message: 'ical.js is imported by shared/core/ical/ical.ts only.' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', '.cache/**', '**/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='Math'][property.name='random']",
        message: 'Use crypto.getRandomValues: room links must not be guessable.',
      }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['shared/core/ical/ical.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noIcalOutsideItsModule] }] },
  },
  {
    files: ['shared/core/**/*.ts'],
    ignores: ['shared/core/**/*.test.ts', 'shared/core/ical/ical.ts'],
    rules: {
      'no-restricted-globals': ['error',
        ...restrictGlobals(webExtensionGlobals, 'shared/core must not touch WebExtension APIs.'),
        ...restrictGlobals(officeGlobals, 'shared/core must not touch Office.js.'),
        ...restrictGlobals(domGlobals, 'shared/core runs where there is no DOM (Outlook event runtime).'),
      ],
      'no-restricted-imports': ['error', { patterns: [
        ...noPlatformImports, noIcalOutsideItsModule,
        { group: ['preact', 'preact/*'], message: 'UI belongs in shared/ui.' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https'], message: 'shared/core runs in browsers and Outlook: no Node modules (use shared/cli).' },
        { group: ['**/extension/**', '**/outlook-addin/**', '**/shared/ui/**', '**/shared/cli/**'], message: 'shared/core depends on nothing above it.' },
      ] }],
    },
  },
  {
    files: ['shared/core/ical/ical.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noPlatformImports] }] },
  },
  {
    files: ['shared/ui/**/*.ts', 'shared/ui/**/*.tsx'],
    ignores: ['shared/ui/**/*.test.ts', 'shared/ui/**/*.test.tsx'],
    rules: {
      'no-restricted-globals': ['error',
        ...restrictGlobals(webExtensionGlobals, 'shared/ui talks to its host interface, not to WebExtension APIs.'),
        ...restrictGlobals(officeGlobals, 'shared/ui talks to its host interface, not to Office.js.'),
      ],
      'no-restricted-imports': ['error', { patterns: [
        ...noPlatformImports, noIcalOutsideItsModule,
        { group: ['**/extension/**', '**/outlook-addin/**'], message: 'shared/ui is used by both front doors; it depends on neither.' },
      ] }],
    },
  },
  {
    files: ['extension/**/*.ts', 'extension/**/*.tsx'],
    rules: {
      'no-restricted-globals': ['error', ...restrictGlobals(officeGlobals, 'Office.js belongs in outlook-addin/.')],
      'no-restricted-imports': ['error', { patterns: [
        noIcalOutsideItsModule,
        { group: ['@microsoft/office-js'], message: 'Office.js belongs in outlook-addin/.' },
        { group: ['**/outlook-addin/**'], message: 'extension/ and outlook-addin/ share code through shared/ only.' },
      ] }],
    },
  },
  {
    files: ['outlook-addin/**/*.ts', 'outlook-addin/**/*.tsx'],
    rules: {
      'no-restricted-globals': ['error', ...restrictGlobals(webExtensionGlobals, 'WebExtension APIs belong in extension/.')],
      'no-restricted-imports': ['error', { patterns: [
        noIcalOutsideItsModule,
        { group: ['webextension-polyfill'], message: 'WebExtension APIs belong in extension/.' },
        { group: ['**/extension/**'], message: 'extension/ and outlook-addin/ share code through shared/ only.' },
      ] }],
    },
  },
);
