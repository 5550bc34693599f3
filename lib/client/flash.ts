"use client";

const KEY = "isms.flash";

/** A short confirmation to show on the next page ("Sparat."), for a form that navigates after saving. */
export function setFlash(text: string): void {
  try {
    window.sessionStorage.setItem(KEY, text);
  } catch {
    // Storage can be off (private mode): the saved record's page is confirmation enough.
  }
}

/** The confirmation left by the previous page, once. */
export function takeFlash(): string | null {
  try {
    const text = window.sessionStorage.getItem(KEY);
    if (text) window.sessionStorage.removeItem(KEY);
    return text;
  } catch {
    return null;
  }
}
