// Content script for the nextcloud adapter.
import { nextcloudAdapter } from '../adapters/nextcloud.ts';
import { bootWebmail } from '../boot.ts';

void bootWebmail(nextcloudAdapter);
