import { isHostOrSubdomain, parseHttpUrl, queryParam } from './http-url.ts';

/**
 * Link wrappers that hide the real address: Microsoft Defender SafeLinks
 * (`https://eur01.safelinks.protection.outlook.com/?url=<encoded>&data=…`, also under `/ap/…`) and
 * Google's redirect (`https://www.google.com/url?q=<target>&sa=D…`, added to links pasted into
 * Google Calendar) and Teams' launcher page (`teams.microsoft.com/dl/launcher/launcher.html?url=…`,
 * the "open in the app" link Teams puts next to the join link). Wrappers can nest (a SafeLinks-wrapped Google redirect); depth is capped so a
 * crafted chain cannot loop.
 */
const MAX_DEPTH = 8;

const SAFELINKS_DOMAINS = ['safelinks.protection.outlook.com', 'safelinks.outlook.microsoft.com'];

function wrappedTarget(url: string): string | null {
  const parsed = parseHttpUrl(url);
  if (parsed === null || parsed.scheme !== 'https') return null;
  if (SAFELINKS_DOMAINS.some((domain) => isHostOrSubdomain(parsed.host, domain))) {
    return queryParam(parsed.query, 'url');
  }
  if ((parsed.host === 'www.google.com' || parsed.host === 'google.com') && parsed.path === '/url') {
    return queryParam(parsed.query, 'q') ?? queryParam(parsed.query, 'url');
  }
  if (parsed.host === 'teams.microsoft.com' && parsed.path === '/dl/launcher/launcher.html') {
    // `?url=/_#/l/meetup-join/…`: the web app's route. Its own escapes (`%7b`) stay; anything that
    // decoding brought back raw (a brace, a quote, a space) is escaped again.
    const route = queryParam(parsed.query, 'url');
    if (route === null || !route.startsWith('/_#/')) return null;
    return `https://teams.microsoft.com${route.slice(3).replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]/g, encodeURIComponent)}`;
  }
  return null;
}

/** The address behind any wrappers (the input itself when it is not wrapped). */
export function unwrapRedirects(url: string, clean: (url: string) => string = (u) => u): string {
  let current = url;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    const target = wrappedTarget(current);
    if (target === null) return current;
    current = clean(target.trim());
  }
  return current;
}
