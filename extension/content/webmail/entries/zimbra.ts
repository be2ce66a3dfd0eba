// Content script for the zimbra adapter.
import { zimbraAdapter } from '../adapters/zimbra.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(zimbraAdapter);
