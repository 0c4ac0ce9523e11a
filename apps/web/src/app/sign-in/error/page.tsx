import type { Metadata } from "next";
import { AuthShell } from "~/components/auth/auth-shell";
import { EmailSignInForm } from "~/components/auth/email-sign-in-form";

export const metadata: Metadata = { title: "Sign-in problem" };

const explanations: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "That link no longer works",
    body: "It has expired or was already used. Ask for a fresh link and use the newest one.",
  },
  AccessDenied: {
    title: "You cannot sign in with that account",
    body: "Ask your organisation's admin for an invitation.",
  },
  OAuthAccountNotLinked: {
    title: "Use the way you signed in before",
    body: "This address is already linked to another sign-in method.",
  },
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>;
}) {
  const { error } = await searchParams;
  const explanation = explanations[error ?? ""] ?? {
    title: "Something went wrong signing you in",
    body: "Please try again. If it keeps happening, tell your organisation's admin.",
  };
  return (
    <AuthShell title={explanation.title} description={explanation.body}>
      <EmailSignInForm callbackUrl="/today" />
    </AuthShell>
  );
}
