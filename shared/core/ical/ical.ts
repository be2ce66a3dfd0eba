// The only module that imports ical.js (the lint enforces it). It also teaches ical.js the
// properties and parameters we read and write, once, before anyone parses or serialises.
import ICAL from 'ical.js';

const design = ICAL.design as unknown as {
  strict: boolean;
  icalendar: {
    property: Record<string, { defaultType: string }>;
    param: Record<string, { multiValue?: string }>;
  };
};

// X- properties are `unknown` to ical.js: not TEXT-unescaped on read, not escaped on write, so a
// newline in an HTML description would break the file (notes/icalendar.md §1.6). Declare them TEXT.
for (const name of ['x-alt-desc', 'x-google-conference', 'x-microsoft-skypeteamsmeetingurl']) {
  design.icalendar.property[name] = { defaultType: 'text' };
}
// RFC 7986 FEATURE is a comma list: without this ical.js writes FEATURE="AUDIO,VIDEO" (one value).
design.icalendar.param['feature'] = { multiValue: ',' };
// Real feeds write `DTSTART:20191004` (a DATE without VALUE=DATE); strict mode throws on it.
design.strict = false;

export { ICAL };
export type IcalComponent = InstanceType<typeof ICAL.Component>;
export type IcalProperty = InstanceType<typeof ICAL.Property>;
export type IcalTime = InstanceType<typeof ICAL.Time>;
export type IcalEvent = InstanceType<typeof ICAL.Event>;
export type IcalTimezone = InstanceType<typeof ICAL.Timezone>;

/**
 * A component's content lines, unfolded: ical.js folds continuation lines to 76 octets (a space
 * plus 75), one more than RFC 5545 allows, so fold.ts folds instead. Escaped values never hold a
 * raw line break, so every CRLF + SPACE in ical.js's output is one of its folds.
 */
export function stringifyUnfolded(component: IcalComponent): string {
  return component.toString().replace(/\r\n /g, '');
}
