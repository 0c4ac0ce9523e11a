import { SerwistProvider } from "@serwist/turbopack/react";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { FocusFirstError } from "~/components/ui/focus-first-error";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rapport — network on purpose", template: "%s · Rapport" },
  description:
    "Rapport helps teams network on purpose: goals with a plan, a shared list of events, the people you meet and the follow-ups that keep them.",
  applicationName: "Rapport",
  icons: { apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Rapport", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7fbfa" },
    { media: "(prefers-color-scheme: dark)", color: "#161c22" },
  ],
};

// Pages are rendered per request (their scripts carry the CSP nonce set in proxy.ts), except those with
// nothing personal on them: the landing page is prerendered and its CSP names its scripts by hash.
// A page that reads no request data yet must not be built once for everyone says
// `export const dynamic = "force-dynamic"` (the signed-in layout does, for every page under it).

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-canvas font-sans text-ink">
        {/* The service worker only in production builds: in development it would serve stale code. */}
        <SerwistProvider
          swUrl="/serwist/sw.js"
          disable={process.env.NODE_ENV !== "production"}
          reloadOnOnline={false}
        >
          {children}
        </SerwistProvider>
        <FocusFirstError />
      </body>
    </html>
  );
}
