import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/shell/Providers";
import { getLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ISMS-registret", template: "%s – ISMS-registret" },
  description: "Register för ledningssystem för informationssäkerhet",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <Providers locale={locale}>{children}</Providers>
      </body>
    </html>
  );
}
