import { type FormEvent, startTransition } from "react";

/**
 * The submit handler every form uses (beside `action={…}`, which still works before JavaScript loads).
 * Keeps what the person typed when the server answers with an error. After a form action React calls form.reset(),
 * and a reset puts a controlled select back on the option it was first rendered with while its state
 * still says otherwise (react/react#30580), so the next save would quietly send the old value.
 * Dispatching from onSubmit inside a transition keeps useActionState's pending flag and skips the reset.
 */
export function submitWithoutReset(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}
