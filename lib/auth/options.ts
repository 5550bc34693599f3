import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client";
import { verifyPassword } from "./password";
import { safeRedirect } from "./callback-url";
import { currentSessionVersion, endSessions } from "./sessions";
import { admittedFor, normalizeEmail, settleLoginAttempt } from "./throttle";

function oidcProvider(): NextAuthOptions["providers"] {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = process.env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: process.env.OIDC_NAME ?? "Organisationens inloggning",
      type: "oauth",
      wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; preferred_username?: string; name?: string }) {
        return { id: profile.sub, email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(), name: profile.name };
      },
    },
  ];
}

export const oidcEnabled = () => oidcProvider().length > 0;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Lösenord", type: "password" } },
      async authorize(credentials) {
        const email = normalizeEmail(credentials?.email);
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        // A password is checked only inside a try the sign-in route counted for this same account.
        if (!email || !password || !admittedFor(email)) return null;
        const user = await db.user.findUnique({ where: { email } });
        const ok = !!user && user.active && (await verifyPassword(user.passwordHash, password));
        await settleLoginAttempt(email, ok);
        return ok ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // OIDC users are matched to existing users by e-mail; nobody is created on the fly.
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const existing = user.email ? await db.user.findUnique({ where: { email: user.email.toLowerCase() } }) : null;
      if (!existing?.active) return "/login?error=AccessDenied";
      user.id = existing.id;
      return true;
    },
    // Only this site, and never an exception: next-auth's default throws on a value that is not a URL.
    async redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
    // The account's session version at sign-in travels in the signed cookie; principal.ts refuses
    // the session once the account's version has moved on (sign-out, password change).
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = await currentSessionVersion(user.id);
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub, sessionVersion: token.sessionVersion });
      return session;
    },
  },
  events: {
    // Signing out ends the account's sessions everywhere, not only this cookie.
    async signOut({ token }) {
      if (token?.sub) await endSessions(db, token.sub);
    },
  },
};
