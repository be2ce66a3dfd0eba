// Content script for the ox adapter.
import { oxAdapter } from '../adapters/ox.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(oxAdapter);
