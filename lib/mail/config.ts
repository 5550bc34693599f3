/** Mail settings from the environment; read on each use so a test (or operator) can change them. */
export const mailConfig = () => ({
  /** `smtp://user:pass@host:587` or `smtps://…`; unset = nothing is sent, deliveries are logged as skipped. */
  smtpUrl: process.env.SMTP_URL || null,
  from: process.env.MAIL_FROM || "ISMS <no-reply@localhost>",
});

/** The app's public address, for links in mails and calendar feeds. */
export const publicBaseUrl = (): string =>
  (process.env.ISMS_BASE_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
