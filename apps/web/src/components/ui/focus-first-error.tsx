"use client";

import { useEffect } from "react";

/**
 * After a form is submitted, the first field the answer marks invalid gets the focus, so keyboard and
 * screen-reader users land on what to fix. One listener for the whole app: every form that marks its
 * fields with aria-invalid (Field/Input/Select/Textarea do) gets it, whether the error came from the
 * browser-side check or from the server.
 */
export function FocusFirstError() {
  useEffect(() => {
    let watching: { observer: MutationObserver; timer: number } | null = null;
    const stop = () => {
      if (!watching) return;
      watching.observer.disconnect();
      window.clearTimeout(watching.timer);
      watching = null;
    };
    const focusFirst = (form: HTMLFormElement) => {
      const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (!first) return false;
      if (!form.contains(document.activeElement) || document.activeElement !== first) first.focus();
      return true;
    };
    const onSubmit = (event: Event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      stop();
      const observer = new MutationObserver(() => {
        if (focusFirst(form)) stop();
      });
      observer.observe(form, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["aria-invalid"],
      });
      // Answers come within seconds; a field marked invalid much later is not this submit's doing.
      watching = { observer, timer: window.setTimeout(stop, 15_000) };
    };
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("submit", onSubmit, true);
      stop();
    };
  }, []);
  return null;
}
