"use client";

import Link from "next/link";
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
      <form id="sign-out-form" action={signOutAction} hidden />
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
          <button type="submit" form="sign-out-form">
            Sign out
          </button>
        </MenuItemSlot>
      </Menu>
    </>
  );
}
