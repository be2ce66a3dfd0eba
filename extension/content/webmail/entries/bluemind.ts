// Content script for the bluemind adapter.
import { bluemindAdapter } from '../adapters/bluemind.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(bluemindAdapter);
