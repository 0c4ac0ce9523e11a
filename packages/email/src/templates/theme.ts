import type { CSSProperties } from "react";

/**
 * Inline styles are what email clients honour; the few dark-mode overrides live in one <style>
 * block (Apple Mail, iOS Mail, Outlook.com and others read prefers-color-scheme; Gmail applies its
 * own inversion, which these mid-contrast colours survive).
 */
export const colors = {
  page: "#f4f1ec",
  card: "#ffffff",
  ink: "#1f2933",
  muted: "#5b6670",
  brand: "#2f6f5e",
  brandInk: "#ffffff",
  rule: "#e4ded4",
};

export const darkModeCss = `
  :root { color-scheme: light dark; supported-color-schemes: light dark; }
  @media (prefers-color-scheme: dark) {
    /* Body copies its inline style onto a wrapper cell, so that cell needs the override too. */
    .rp-page, .rp-page > table > tbody > tr > td { background-color: #161a1d !important; }
    .rp-card { background-color: #22282c !important; border-color: #343c42 !important; }
    .rp-ink { color: #e8eaec !important; }
    .rp-muted { color: #a9b3bb !important; }
    .rp-brand { color: #7fc8b2 !important; }
    .rp-link { color: #7fc8b2 !important; }
    .rp-button { background-color: #3f8f79 !important; color: #ffffff !important; }
    .rp-tip { background-color: #1f3a33 !important; }
  }
`;

const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const styles = {
  body: { backgroundColor: colors.page, margin: 0, padding: "24px 0", fontFamily: font },
  container: {
    maxWidth: "560px",
    width: "100%",
    margin: "0 auto",
    padding: "0 12px",
    boxSizing: "border-box",
  },
  brand: {
    color: colors.brand,
    fontSize: "20px",
    fontWeight: 700,
    letterSpacing: "0.02em",
    margin: "0 0 16px 8px",
  },
  card: {
    backgroundColor: colors.card,
    border: `1px solid ${colors.rule}`,
    borderRadius: "12px",
    padding: "28px 24px",
  },
  heading: { color: colors.ink, fontSize: "22px", lineHeight: "30px", fontWeight: 700, margin: "0 0 16px" },
  paragraph: { color: colors.ink, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" },
  small: { color: colors.muted, fontSize: "14px", lineHeight: "22px", margin: "0 0 12px" },
  button: {
    backgroundColor: colors.brand,
    color: colors.brandInk,
    borderRadius: "8px",
    fontSize: "16px",
    fontWeight: 600,
    // A generous tap target on phones.
    padding: "14px 24px",
    textDecoration: "none",
    display: "inline-block",
  },
  buttonRow: { margin: "8px 0 24px" },
  // Long one-time links must wrap instead of widening the layout on a phone.
  rawLink: { color: colors.brand, fontSize: "14px", lineHeight: "22px", wordBreak: "break-all" },
  footer: { color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: "16px 8px 0" },
} satisfies Record<string, CSSProperties>;
