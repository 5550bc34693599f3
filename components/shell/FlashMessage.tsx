"use client";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { takeFlash } from "@/lib/client/flash";

/** "Sparat." on the page a form went to after saving; announced politely, gone on the next page. */
export function FlashMessage() {
  const pathname = usePathname();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    // Read on arrival at each page: what the previous page left, if anything.
    setText(takeFlash());
  }, [pathname]);
  return (
    <div role="status" aria-live="polite" className={text ? "no-print mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" : "sr-only"}>
      {text}
    </div>
  );
}
