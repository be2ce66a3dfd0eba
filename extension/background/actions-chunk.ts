// Entry of background/actions.js (scripts/build/extension.ts): registers the chunk when it runs.
import { actionsChunk } from './actions.ts';
import { registerChunk } from './background-chunks.ts';

registerChunk('actions', actionsChunk);
