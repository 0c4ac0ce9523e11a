"use client";

import * as RadixToast from "@radix-ui/react-toast";
import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import { cn } from "./cn";

type Tone = "success" | "error" | "info";
interface ToastItem {
  id: number;
  title: string;
  description?: string;
  tone: Tone;
  /** A button in the toast, e.g. "Undo"; the toast stays longer so there is time to press it. */
  action?: { label: string; altText: string; onAction: () => void };
}

const ToastContext = createContext<(toast: Omit<ToastItem, "id">) => void>(() => {});

/** Shows a short message that announces itself to screen readers and fades after a few seconds. */
export function useToast() {
  return useContext(ToastContext);
}

const tones: Record<Tone, string> = {
  success: "border-green-300 dark:border-green-800",
  error: "border-red-300 dark:border-red-800",
  info: "border-line",
};

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const push = useCallback((toast: Omit<ToastItem, "id">) => {
    setToasts((list) => [...list, { ...toast, id: Date.now() + Math.random() }]);
  }, []);
  return (
    <ToastContext.Provider value={push}>
      <RadixToast.Provider swipeDirection="right" duration={5000}>
        {children}
        {toasts.map((toast) => (
          <RadixToast.Root
            key={toast.id}
            type={toast.tone === "error" || toast.action ? "foreground" : "background"}
            duration={toast.action ? 10_000 : undefined}
            onOpenChange={(open) => {
              if (!open) setToasts((list) => list.filter((t) => t.id !== toast.id));
            }}
            className={cn(
              "flex items-start justify-between gap-3 rounded-xl border bg-surface p-4 text-ink shadow-lg",
              tones[toast.tone],
            )}
          >
            <div className="min-w-0">
              <RadixToast.Title className="text-sm font-medium">{toast.title}</RadixToast.Title>
              {toast.description ? (
                <RadixToast.Description className="mt-1 text-sm text-muted">
                  {toast.description}
                </RadixToast.Description>
              ) : null}
            </div>
            {toast.action ? (
              <RadixToast.Action
                altText={toast.action.altText}
                onClick={toast.action.onAction}
                className="min-h-11 shrink-0 rounded-lg border border-line px-3 text-sm font-semibold text-accent hover:bg-line/40 focus:outline-none focus:ring-2 focus:ring-accent/40"
              >
                {toast.action.label}
              </RadixToast.Action>
            ) : null}
          </RadixToast.Root>
        ))}
        <RadixToast.Viewport className="fixed right-0 bottom-0 z-50 flex w-full max-w-sm flex-col gap-2 p-4 outline-none" />
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}
