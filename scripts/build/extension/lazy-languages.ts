// The popup and options pages load only their user's words: every `<table>.all.ts` module (the
// four languages of a message table at once) is swapped for its `<table>.lazy.ts` sibling, which
// holds French and loads another language as a local chunk (extension/platform/load-language.ts).
// Other bundles (background, content scripts) keep the complete tables.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

export const lazyLanguages: Plugin = {
  name: 'lazy-languages',
  setup(build) {
    build.onResolve({ filter: /\.all\.ts$/ }, (args) => {
      const lazy = resolve(dirname(args.importer), args.path).replace(/\.all\.ts$/, '.lazy.ts');
      if (!existsSync(lazy)) return { errors: [{ text: `${args.path} has no .lazy.ts sibling for the pages` }] };
      return { path: lazy };
    });
  },
};
