import { isLang, type Lang } from '../model/filters';

/**
 * The static pages the build writes beside index.html: `profile/<ISO3>/` in English and
 * `profile/<ISO3>/<lang>/` in the other languages. The app reads its page from this path too.
 */
const PROFILE_PATH = /^profile\/([A-Z]{3})\/(?:([a-z]{2})\/)?(?:index\.html)?$/;

/** A State's static page, relative to the atlas's root. */
export function staticPagePath(iso3: string, lang: Lang): string {
  return `profile/${iso3}/${lang === 'en' ? '' : `${lang}/`}`;
}

/** The profile and language a path (relative to the root) names, or null for any other page. */
export function staticPageOf(path: string): { profile: string; lang: Lang } | null {
  const match = PROFILE_PATH.exec(path);
  if (!match?.[1]) return null;
  const lang = match[2] ?? 'en';
  return isLang(lang) ? { profile: match[1], lang } : null;
}

/** How far a static page is from the root, as a relative prefix ('../../' for profile/BEL/). */
export function rootPrefix(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/**
 * The atlas's root: the folder above its entry module's (assets/), whatever page loaded it, so
 * that a profile page or a sub-path finds the same data, worker and links.
 */
export function appRootOf(moduleUrl: string): URL {
  return new URL('../', moduleUrl);
}

/**
 * The address of a State's page with the other settings of `query` (the State and language are
 * in the path), as an absolute path on the atlas's origin.
 */
export function profilePageHref(root: string, iso3: string, lang: Lang, query: URLSearchParams) {
  const rest = new URLSearchParams(query);
  rest.delete('profile');
  rest.delete('lang');
  const search = rest.toString();
  return `${new URL(staticPagePath(iso3, lang), root).pathname}${search ? `?${search}` : ''}`;
}

/**
 * Where the address bar goes when the filters change on a State's page: that State's page (the
 * picker may name another), or the atlas's root once no State is shown.
 */
export function addressOnStaticPage(root: string, query: URLSearchParams): string {
  const profile = query.get('profile');
  const lang = query.get('lang') ?? 'en';
  if (profile && /^[A-Z]{3}$/.test(profile) && isLang(lang))
    return profilePageHref(root, profile, lang, query);
  const search = query.toString();
  return `${new URL(root).pathname}${search ? `?${search}` : ''}`;
}

/** The State's page at `pathname`, for an atlas whose root is `root`, or null. */
export function staticPageAt(root: string, pathname: string) {
  const base = new URL(root).pathname;
  return pathname.startsWith(base) ? staticPageOf(pathname.slice(base.length)) : null;
}
