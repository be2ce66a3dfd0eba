import { isHostOrSubdomain, parseHttpUrl, queryParam } from './http-url.ts';

/**
 * Link wrappers that hide the real address: Microsoft Defender SafeLinks
 * (`https://eur01.safelinks.protection.outlook.com/?url=<encoded>&data=…`, also under `/ap/…`) and
 * Google's redirect (`https://www.google.com/url?q=<target>&sa=D…`, added to links pasted into
 * Google Calendar). Wrappers can nest (a SafeLinks-wrapped Google redirect); depth is capped so a
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
