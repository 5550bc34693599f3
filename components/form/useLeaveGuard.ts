"use client";
import { useEffect } from "react";

/** A same-tab link inside the app that would unload the form (not a download, not a new tab, not a hash). */
function leavingLink(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download")) return false;
  const to = new URL(anchor.href, window.location.href);
  return to.pathname !== window.location.pathname || to.search !== window.location.search;
}

/**
 * Warns before unsaved work is lost: on closing or reloading the tab (the browser's own question)
 * and on following a link inside the app (the client router never fires `beforeunload`). Long forms
 * (the maturity dialogue, audit checklists, questionnaires) use it while they hold unsaved changes.
 */
export function useLeaveGuard(active: boolean, question: string) {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the question at all.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (!leavingLink(event) || window.confirm(question)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [active, question]);
}
