"use client";

import Link from "next/link";
import { SignOutForm } from "~/components/quick-log/sign-out-form";
import { Menu, MenuItemSlot, MenuLabel, MenuSeparator } from "~/components/ui/menu";
import { signOutAction } from "./actions";

export function PersonMenu({
  name,
  email,
  initials,
}: {
  name: string | null;
  email: string;
  initials: string;
}) {
  return (
    <>
      <SignOutForm id="sign-out-form" action={signOutAction} />
      <Menu
        trigger={
          <button
            type="button"
            className="flex size-10 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-900"
          >
            <span aria-hidden="true">{initials || "?"}</span>
            <span className="sr-only">Your account</span>
          </button>
        }
      >
        <MenuLabel>
          <span className="block truncate text-sm font-medium">{name ?? "Your account"}</span>
          <span className="block truncate text-xs text-muted">{email}</span>
        </MenuLabel>
        <MenuSeparator />
        <MenuItemSlot>
          <Link href="/settings/profile">Profile and sessions</Link>
        </MenuItemSlot>
        <MenuItemSlot>
          <Link href="/settings/card">My card</Link>
        </MenuItemSlot>
        <MenuItemSlot>
          <Link href="/intros">Intros with colleagues</Link>
        </MenuItemSlot>
        <MenuItemSlot>
          {/* Submitted from the click itself: the menu closes (and this button leaves the page) before a plain submit would run. */}
          <button
            type="button"
            onClick={() =>
              (document.getElementById("sign-out-form") as HTMLFormElement | null)?.requestSubmit()
            }
          >
            Sign out
          </button>
        </MenuItemSlot>
      </Menu>
    </>
  );
}
