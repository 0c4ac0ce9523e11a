"use client";

import { useEffect } from "react";
import { Button } from "~/components/ui/button";
import { OPEN_QUICK_LOG_EVENT, type QuickLogPrefill } from "./entry";

function openWith(prefill: QuickLogPrefill) {
  window.dispatchEvent(new CustomEvent(OPEN_QUICK_LOG_EVENT, { detail: prefill, cancelable: true }));
}

/** Opens the quick log prefilled as soon as the page is ready, with a button to open it again. */
export function OpenQuickLog({ prefill }: { prefill: QuickLogPrefill }) {
  const key = JSON.stringify(prefill);
  useEffect(() => {
    openWith(JSON.parse(key) as QuickLogPrefill);
  }, [key]);
  return (
    <Button variant="secondary" onClick={() => openWith(prefill)}>
      Open the quick log
    </Button>
  );
}
