// Content script for SOGo calendars.
import { sogoAdapter } from '../adapters/sogo.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(sogoAdapter);
