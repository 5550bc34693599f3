/**
 * Where to go after sign-in: a page on this site (as a path), or "/". Anything else – another host
 * (`//evil.example`, `/\evil.example`, `https://evil.example`), another scheme (`javascript:`),
 * text that is not a URL – falls back to "/", so the login page is never an open redirect.
 */
export function safeCallbackUrl(value: string | null | undefined, origin: string): string {
  if (!value) return "/";
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

/** next-auth's redirect after sign-in or sign-out: an absolute URL on this site, else the site itself. */
export function safeRedirect(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  return `${origin}${safeCallbackUrl(url, origin)}`;
}
