import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/http/csp";

// Only a convenience redirect for signed-out page requests; every real check is made on the
// server next to the data (lib/authz).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

// Pages matched only to get the page policy; they never redirect to sign-in.
const PUBLIC_PAGES = new Set(["/login"]);
// Invitation links (/invite/<token>) are opened by people who have no account or are signed out,
// supplier questionnaires (/leverantorsenkat/<token>) by suppliers who never have one.
const isPublicPage = (path: string) => PUBLIC_PAGES.has(path) || path.startsWith("/invite/") || path.startsWith("/leverantorsenkat/");

function redirectToLogin(request: NextRequest): NextResponse {
  const login = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") login.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(login);
}

export function proxy(request: NextRequest) {
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && !isPublicPage(request.nextUrl.pathname)) return redirectToLogin(request);
  // Next.js reads the policy on the request to put the nonce on the scripts it renders.
  const policy = contentSecurityPolicy(createNonce());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // The second entry: public pages get the page policy too.
  matcher: ["/((?!api|login|_next|favicon.ico|icon.svg|robots.txt).*)", "/login"],
};
