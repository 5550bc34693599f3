import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client";
import { verifyPassword } from "./password";
import { clientAddress, recordLoginAttempt } from "./throttle";

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
      async authorize(credentials, req) {
        const email = credentials?.email?.trim().toLowerCase() ?? "";
        const password = credentials?.password ?? "";
        if (!email || !password) return null;
        const ip = clientAddress(new Headers(req.headers as Record<string, string>));
        const user = await db.user.findUnique({ where: { email } });
        const ok = !!user && user.active && (await verifyPassword(user.passwordHash, password));
        await recordLoginAttempt(email, ip, ok);
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
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
