import { index, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { organisations } from "./organisations";
import { users } from "./users";

/**
 * authoritative: the company SSO provider vouches for addresses at the domain (an SSO identity may join
 * the account with its address); required: the same, and people at the domain must sign in with SSO.
 */
export const ssoDomainPolicy = pgEnum("sso_domain_policy", ["authoritative", "required"]);

/** Email domains an organisation has declared for company SSO. A domain belongs to one organisation. */
export const organisationSsoDomains = pgTable(
  "organisation_sso_domains",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    policy: ssoDomainPolicy("policy").notNull(),
    declaredBy: text("declared_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("organisation_sso_domains_domain_key").on(t.domain),
    index("organisation_sso_domains_org_idx").on(t.organisationId),
  ],
);
