import { AuthShell } from "~/components/auth/auth-shell";
import { ButtonLink } from "~/components/ui/button";

export default function NotFound() {
  return (
    <AuthShell
      title="We could not find that page"
      description="The link may be old, or the page may have moved."
    >
      <ButtonLink href="/today" className="w-full">
        Go to Today
      </ButtonLink>
    </AuthShell>
  );
}
