import type { TextareaHTMLAttributes } from "react";
import { cn } from "~/components/ui/cn";

export function Textarea({
  className,
  invalid,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }) {
  return (
    <textarea
      {...props}
      aria-invalid={invalid || undefined}
      aria-describedby={props.id ? `${props.id}-${invalid ? "error" : "hint"}` : undefined}
      className={cn(
        "block min-h-24 w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink shadow-sm placeholder:text-muted/70 focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-500",
        className,
      )}
    />
  );
}
