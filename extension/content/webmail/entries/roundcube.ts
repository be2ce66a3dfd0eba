// Content script for the roundcube adapter.
import { roundcubeAdapter } from '../adapters/roundcube.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(roundcubeAdapter);
