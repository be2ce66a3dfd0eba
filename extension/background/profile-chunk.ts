// Entry of background/profile.js (scripts/build/extension.ts): registers the chunk when it runs.
import { registerChunk } from './background-chunks.ts';
import { profileChunk } from './profile-answer.ts';

registerChunk('profile', profileChunk);
