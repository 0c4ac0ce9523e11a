"use client";

import * as RadixMenu from "@radix-ui/react-dropdown-menu";
import type { ReactNode } from "react";
import { cn } from "./cn";

/** A menu opened by a button: arrow keys move, Escape closes, focus returns to the button. */
export function Menu({
  trigger,
  children,
  align = "end",
  modal = true,
}: {
  trigger: ReactNode;
  children: ReactNode;
  align?: "start" | "end";
  /** False when an item opens a dialog, so the two never both hold the page inert. */
  modal?: boolean;
}) {
  return (
    <RadixMenu.Root modal={modal}>
      <RadixMenu.Trigger asChild>{trigger}</RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content
          align={align}
          sideOffset={8}
          className="z-50 min-w-56 rounded-xl border border-line bg-surface p-1.5 text-ink shadow-lg focus:outline-none"
        >
          {children}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

const itemClass =
  "flex min-h-10 w-full cursor-pointer select-none items-center rounded-lg px-3 text-sm outline-none data-[highlighted]:bg-line/50";

export function MenuItem({
  children,
  onSelect,
  className,
}: {
  children: ReactNode;
  onSelect?: (event: Event) => void;
  className?: string;
}) {
  return (
    <RadixMenu.Item onSelect={onSelect} className={cn(itemClass, className)}>
      {children}
    </RadixMenu.Item>
  );
}

/** A menu item that is a link or a form button: rendered as the child element itself. */
export function MenuItemSlot({ children }: { children: ReactNode }) {
  return (
    <RadixMenu.Item asChild className={itemClass}>
      {children}
    </RadixMenu.Item>
  );
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <RadixMenu.Label className="px-3 py-2">{children}</RadixMenu.Label>;
}

export function MenuSeparator() {
  return <RadixMenu.Separator className="my-1 h-px bg-line" />;
}
