// Turns the TZIDs found in real feeds into IANA zones: IANA names (also behind Olson-style
// prefixes), Windows ids ("Romance Standard Time", CLDR windowsZones via windows-iana) and the
// Outlook/OWA display labels ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris").
import { findIana } from 'windows-iana';
import { canonicalIanaZone, offsetMsAt } from './zone-offsets.ts';

/**
 * Windows time zone display labels (the city lists Windows shows), keyed by their normalised city
 * part, to the Windows id that CLDR maps. The "(UTC±hh:mm)" part is left out of the key: older
 * Exchange writes "(GMT+10:00)", and the offset printed is the standard one, not the date's.
 */
const LABEL_TO_WINDOWS: Readonly<Record<string, string>> = {
  'amsterdam, berlin, bern, rome, stockholm, vienna': 'W. Europe Standard Time',
  'brussels, copenhagen, madrid, paris': 'Romance Standard Time',
  'belgrade, bratislava, budapest, ljubljana, prague': 'Central Europe Standard Time',
  'sarajevo, skopje, warsaw, zagreb': 'Central European Standard Time',
  'west central africa': 'W. Central Africa Standard Time',
  'dublin, edinburgh, lisbon, london': 'GMT Standard Time',
  'greenwich mean time : dublin, edinburgh, lisbon, london': 'GMT Standard Time',
  'monrovia, reykjavik': 'Greenwich Standard Time',
  'casablanca': 'Morocco Standard Time',
  'coordinated universal time': 'UTC',
  'athens, bucharest': 'GTB Standard Time',
  'helsinki, kyiv, riga, sofia, tallinn, vilnius': 'FLE Standard Time',
  'jerusalem': 'Israel Standard Time',
  'cairo': 'Egypt Standard Time',
  'harare, pretoria': 'South Africa Standard Time',
  'moscow, st. petersburg': 'Russian Standard Time',
  'moscow, st. petersburg, volgograd': 'Russian Standard Time',
  'istanbul': 'Turkey Standard Time',
  'nairobi': 'E. Africa Standard Time',
  'abu dhabi, muscat': 'Arabian Standard Time',
  'port louis': 'Mauritius Standard Time',
  'chennai, kolkata, mumbai, new delhi': 'India Standard Time',
  'bangkok, hanoi, jakarta': 'SE Asia Standard Time',
  'beijing, chongqing, hong kong, urumqi': 'China Standard Time',
  'kuala lumpur, singapore': 'Singapore Standard Time',
  'perth': 'W. Australia Standard Time',
  'osaka, sapporo, tokyo': 'Tokyo Standard Time',
  'seoul': 'Korea Standard Time',
  'adelaide': 'Cen. Australia Standard Time',
  'darwin': 'AUS Central Standard Time',
  'brisbane': 'E. Australia Standard Time',
  'canberra, melbourne, sydney': 'AUS Eastern Standard Time',
  'hobart': 'Tasmania Standard Time',
  'solomon is., new caledonia': 'Central Pacific Standard Time',
  'auckland, wellington': 'New Zealand Standard Time',
  'atlantic time (canada)': 'Atlantic Standard Time',
  'newfoundland': 'Newfoundland Standard Time',
  'eastern time (us and canada)': 'Eastern Standard Time',
  'central time (us and canada)': 'Central Standard Time',
  'mountain time (us and canada)': 'Mountain Standard Time',
  'pacific time (us and canada)': 'Pacific Standard Time',
  'arizona': 'US Mountain Standard Time',
  'alaska': 'Alaskan Standard Time',
  'hawaii': 'Hawaiian Standard Time',
  'guadalajara, mexico city, monterrey': 'Central Standard Time (Mexico)',
  'brasilia': 'E. South America Standard Time',
  'cayenne, fortaleza': 'SA Eastern Standard Time',
  'georgetown, la paz, manaus, san juan': 'SA Western Standard Time',
  'bogota, lima, quito, rio branco': 'SA Pacific Standard Time',
};

const UTC_NAMES = new Set(['z', 'utc', 'gmt', 'etc/utc', 'etc/gmt', 'tzone://microsoft/utc', 'coordinated universal time']);

const LABEL = /^\((?:UTC|GMT)\s*(?:([+-])(\d{1,2}):?(\d{2}))?\)\s*(.*)$/i;

const normaliseCities = (text: string): string =>
  text.toLowerCase().replace(/&/g, 'and').replace(/\bkiev\b/g, 'kyiv').replace(/\s+/g, ' ').trim();

function fromWindowsId(id: string): string | null {
  // Exchange numbers its copies of a zone: "Eastern Standard Time 1".
  for (const candidate of [id, id.replace(/\s+\d+$/, '')]) {
    const iana = findIana(candidate)[0];
    if (iana) return canonicalIanaZone(iana) ?? iana;
  }
  return null;
}

let cityIndex: Map<string, string[]> | null = null;

/** IANA zones by their city part ("paris" → Europe/Paris), built once on first use. */
function zonesByCity(): Map<string, string[]> {
  if (cityIndex) return cityIndex;
  cityIndex = new Map();
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  for (const zone of supported) {
    const city = zone.split('/').pop()?.replace(/_/g, ' ').toLowerCase();
    if (city) cityIndex.set(city, [...(cityIndex.get(city) ?? []), zone]);
  }
  return cityIndex;
}

/** A label's cities looked up as IANA cities, kept only when the standard offset is the label's. */
function fromLabelCities(cities: string, standardOffsetMs: number | null): string | null {
  for (const city of cities.split(/[,/]/).map((part) => part.trim().toLowerCase())) {
    for (const zone of zonesByCity().get(city) ?? []) {
      if (standardOffsetMs === null) return zone;
      const january = offsetMsAt(zone, Date.UTC(2025, 0, 15));
      const july = offsetMsAt(zone, Date.UTC(2025, 6, 15));
      if (Math.min(january, july) === standardOffsetMs) return zone;
    }
  }
  return null;
}

/** The IANA zone a TZID stands for, or null when it cannot be known. */
export function resolveZoneName(tzid: string): string | null {
  const name = tzid.trim().replace(/^"(.*)"$/, '$1').trim();
  if (name === '') return null;
  if (UTC_NAMES.has(name.toLowerCase())) return 'UTC';
  const iana = canonicalIanaZone(name);
  if (iana) return iana;
  // Olson ids behind a vendor prefix: /softwarestudio.org/Olson_20011030_5/America/New_York.
  const prefixed = /\/([A-Z][A-Za-z]+\/[A-Za-z_+\-/]+)$/.exec(name);
  if (prefixed?.[1]) {
    const parts = prefixed[1].split('/');
    for (let start = 0; start < parts.length - 1; start += 1) {
      const zone = canonicalIanaZone(parts.slice(start).join('/'));
      if (zone) return zone;
    }
  }
  const windows = fromWindowsId(name);
  if (windows) return windows;
  // Webex writes "Pacific Time" for "Pacific Standard Time".
  if (/ Time$/.test(name)) {
    const webex = fromWindowsId(name.replace(/ Time$/, ' Standard Time'));
    if (webex) return webex;
  }
  const label = LABEL.exec(name);
  if (label) {
    const cities = normaliseCities(label[4] ?? '');
    const windowsId = LABEL_TO_WINDOWS[cities];
    if (windowsId) return fromWindowsId(windowsId);
    const offset = label[2] === undefined ? 0
      : (label[1] === '-' ? -1 : 1) * (Number(label[2]) * 60 + Number(label[3])) * 60_000;
    return fromLabelCities(cities, offset);
  }
  return null;
}
