"use client";

import { useEffect, useState } from "react";
import { Alert } from "~/components/ui/alert";

const EVENT = "rapport:notice";

/** Announces a result whose form is about to disappear (a follow-up marked done leaves the list). */
export function announce(message: string) {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: message }));
}

/** Where announced results show; mounted once near the top of a page so it outlives the rows. */
export function Notices() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const show = (event: Event) => setMessage((event as CustomEvent<string>).detail);
    window.addEventListener(EVENT, show);
    return () => window.removeEventListener(EVENT, show);
  }, []);
  return (
    <div aria-live="polite" className={message ? "mb-6" : undefined}>
      {message ? <Alert tone="success">{message}</Alert> : null}
    </div>
  );
}
