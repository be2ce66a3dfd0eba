// Entry of background/calendar.js (scripts/build/extension.ts): registers the chunk when it runs.
import { registerChunk } from '../background-chunks.ts';
import { calendarChunk } from './calendar-background.ts';

registerChunk('calendar', calendarChunk);
