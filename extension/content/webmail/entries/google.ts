// Content script for the google adapter.
import { googleAdapter } from '../adapters/google.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(googleAdapter);
