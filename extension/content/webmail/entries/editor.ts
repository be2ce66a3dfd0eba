// The editor module (content/webmail-editor.js), one for every webmail: injected by the background
// into a frame when its page script first sees an event editor (editor-loader.ts), it hands the
// core's detection and invitation code to that script through the shared content-script global.
import { publishEditorApi } from '../editor-api.ts';
import { addMeeting, readState, removeMeeting, verifyStillThere } from '../meeting-actions.ts';

publishEditorApi({ readState, addMeeting, removeMeeting, verifyStillThere });
