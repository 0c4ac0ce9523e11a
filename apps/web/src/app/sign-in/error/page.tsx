import { readAuthEnv, ssoConfigured } from "@rapport/auth";
import type { Metadata } from "next";
import { AuthShell } from "~/components/auth/auth-shell";
import { EmailSignInForm } from "~/components/auth/email-sign-in-form";
import { Button } from "~/components/ui/button";
import { signInWithSso } from "../actions";

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
  SsoNoEmail: {
    title: "Your company sign-in did not share your email address",
    body: "Rapport finds your account by your work email, and your company's sign-in service sent none. Ask your IT team to release the email address to Rapport, or sign in with a link by email below.",
  },
  SsoRequired: {
    title: "Your organisation signs in with company SSO",
    body: "Your organisation has switched off sign-in links for its email domain. Continue with your company's sign-in instead.",
  },
  SsoUnavailable: {
    title: "We could not reach your company's sign-in service",
    body: "Please try again in a few minutes. If it keeps happening, tell your organisation's admin.",
  },
  Configuration: {
    title: "Signing in is not working right now",
    body: "Something between Rapport and the sign-in service is not set up right. Please try again later, and tell your organisation's admin if it keeps happening.",
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
  const env = readAuthEnv();
  const ssoFirst = error === "SsoRequired" && ssoConfigured(env);
  return (
    <AuthShell title={explanation.title} description={explanation.body}>
      {ssoFirst ? (
        <form action={signInWithSso}>
          <input type="hidden" name="callbackUrl" value="/today" />
          <Button type="submit" className="w-full">
            Continue with {env.AUTH_OIDC_NAME}
          </Button>
        </form>
      ) : (
        <EmailSignInForm callbackUrl="/today" />
      )}
    </AuthShell>
  );
}
