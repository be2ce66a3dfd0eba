// Content script for the owa adapter.
import { owaAdapter } from '../adapters/owa.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(owaAdapter);
