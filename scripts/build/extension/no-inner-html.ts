// Our UI never uses dangerouslySetInnerHTML (rule: no innerHTML), yet preact ships the one
// `dom.innerHTML = props.dangerouslySetInnerHTML.__html` line that makes addons-linter warn
// (UNSAFE_VAR_ASSIGNMENT) and would be the only innerHTML sink in our pages. This esbuild plugin
// replaces that assignment with a throw. If preact changes the line, the build fails rather than
// silently keep it.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

const ASSIGNMENT = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;

export const noInnerHtml: Plugin = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace(ASSIGNMENT, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()');
      if (patched === source || patched.includes('innerHTML=')) {
        throw new Error(`no-inner-html: preact's innerHTML assignment not found in ${args.path}; update the plugin`);
      }
      return { contents: patched, loader: 'js' };
    });
  },
};
