// The background's chunks, imported by their extension URL in Firefox (background-chunks.ts):
// built files, not modules of this tree.
declare module '/background/*';
