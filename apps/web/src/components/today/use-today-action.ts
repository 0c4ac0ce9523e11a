"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type TodayResult, undoFromToday } from "~/app/(app)/today/actions";
import { useToast } from "~/components/ui/toast";

/**
 * Runs one change from Today: the page refreshes with the new state, and a toast says what happened
 * with an Undo that puts the previous state back (and refreshes again).
 */
export function useTodayAction() {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function act(work: () => Promise<TodayResult>, onDone?: () => void) {
    setError(null);
    startTransition(async () => {
      const result = await work();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      onDone?.();
      const undo = result.undo;
      toast({
        title: result.message,
        tone: "success",
        ...(undo
          ? {
              action: {
                label: "Undo",
                altText: "Undo this change",
                onAction: () => {
                  void undoFromToday(undo).then((back) => {
                    toast({ title: back.ok ? "Undone." : back.message, tone: back.ok ? "info" : "error" });
                    router.refresh();
                  });
                },
              },
            }
          : {}),
      });
      router.refresh();
    });
  }
  return { act, pending, error };
}
