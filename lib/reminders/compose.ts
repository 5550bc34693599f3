import { formatDateTime } from "../format";
import { isLocale, type Locale } from "../i18n/locale";
import { publicBaseUrl } from "../mail/config";
import { workMessages } from "../work/messages";
import type { WorkKind } from "../work/types";

/** What a mail says about one due thing (a ReminderDelivery row has these fields). */
export interface MailItem {
  kind: string;
  title: string;
  dueAt: Date;
  state: string;
  href: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const messagesFor = (locale: string) => workMessages[isLocale(locale) ? locale : ("sv" as Locale)];

function line(locale: string, item: MailItem) {
  const t = messagesFor(locale);
  const kind = t.kinds[item.kind as WorkKind] ?? item.kind;
  const state = item.state === "overdue" ? t.mail.overdue : t.mail.dueSoon;
  const url = `${publicBaseUrl()}${item.href}`;
  return {
    kind,
    text: `${kind}: ${item.title} ${state}. ${t.mail.due}: ${formatDateTime(item.dueAt)}\n${t.mail.open}: ${url}`,
    html: `<li><strong>${escape(kind)}</strong>: <a href="${escape(url)}">${escape(item.title)}</a> ${escape(state)}. ${escape(t.mail.due)}: ${escape(formatDateTime(item.dueAt))}</li>`,
  };
}

function wrap(locale: string, name: string, intro: string | null, lines: ReturnType<typeof line>[]) {
  const t = messagesFor(locale);
  const text = [t.mail.greeting(name), "", ...(intro ? [intro, ""] : []), ...lines.map((l) => l.text), "", "--", t.mail.footer].join("\n");
  const html = `<!doctype html><html lang="${isLocale(locale) ? locale : "sv"}"><body><p>${escape(t.mail.greeting(name))}</p>${intro ? `<p>${escape(intro)}</p>` : ""}<ul>${lines.map((l) => l.html).join("")}</ul><p style="color:#555">${escape(t.mail.footer)}</p></body></html>`;
  return { text, html };
}

/** One reminder about one due thing, in the recipient's language. */
export function composeReminder(locale: string, name: string, item: MailItem): ComposedMail {
  const l = line(locale, item);
  return { subject: messagesFor(locale).mail.reminderSubject(l.kind, item.title), ...wrap(locale, name, null, [l]) };
}

/** A daily or weekly digest of everything not yet mailed, due first. */
export function composeDigest(locale: string, name: string, items: MailItem[]): ComposedMail {
  const t = messagesFor(locale);
  const sorted = [...items].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return { subject: t.mail.digestSubject(items.length), ...wrap(locale, name, t.mail.digestIntro, sorted.map((item) => line(locale, item))) };
}
