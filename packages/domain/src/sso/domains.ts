import { invalid } from "../errors";

/** How an organisation relies on the SSO provider for one email domain. */
export type SsoDomainPolicy = "authoritative" | "required";

/**
 * Mailbox providers anyone can sign up at. Nobody owns these domains, so no organisation may declare
 * the provider authoritative for them (it would let the provider vouch for strangers' addresses).
 */
const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.de",
  "web.de",
  "mail.com",
  "yandex.com",
  "zoho.com",
  "fastmail.com",
  "hey.com",
]);

/** The domain part of an address, lower-cased; undefined when it is not an address. */
export function emailDomain(email: string): string | undefined {
  const at = email.lastIndexOf("@");
  if (at < 1) return undefined;
  return normaliseDomain(email.slice(at + 1));
}

/** A domain as typed by an admin ("@Example.com ", "example.com.") in its stored form, or undefined. */
export function normaliseDomain(input: string): string | undefined {
  const domain = input.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
  if (domain.length > 253) return undefined;
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((l) => label.test(l))) return undefined;
  if (/^\d+$/.test(labels.at(-1) ?? "")) return undefined;
  return domain;
}

/**
 * Checks that an admin may declare a domain: it must be a real domain, not a public mailbox provider,
 * and the admin's own address must be at it (our stand-in for proving ownership; a DNS record would be
 * the real proof). Returns the stored form.
 */
export function checkSsoDomainClaim(input: string, adminEmail: string): string {
  const domain = normaliseDomain(input);
  if (!domain) throw invalid("Enter a domain such as example.com.", "domain");
  if (PUBLIC_MAIL_DOMAINS.has(domain))
    throw invalid(`${domain} is a public email service; only a company's own domain can be used.`, "domain");
  if (emailDomain(adminEmail) !== domain)
    throw invalid(
      `Your own address must be at ${domain} to declare it. Ask an admin with an @${domain} address.`,
      "domain",
    );
  return domain;
}

/** What happens when an SSO identity with this address has no link yet. */
export type SsoLinkDecision = "trust" | "confirm-by-email";

/**
 * The linking policy: an SSO identity may take an address (join the account that has it, or create one
 * with it) only when the provider asserts the address is verified, or when the organisation that owns
 * the domain declared the provider authoritative for it. Otherwise the person proves the address by
 * magic link first. A missing `email_verified` counts as unverified.
 */
export function decideSsoLink(input: {
  emailVerified: boolean | undefined;
  domainPolicy: SsoDomainPolicy | undefined;
}): SsoLinkDecision {
  if (input.domainPolicy) return "trust";
  return input.emailVerified === true ? "trust" : "confirm-by-email";
}
