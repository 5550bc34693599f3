"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="rounded-md bg-gray-800 px-3 py-1 text-sm text-white hover:bg-gray-900">
      {label}
    </button>
  );
}
