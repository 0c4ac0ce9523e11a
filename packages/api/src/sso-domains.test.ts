import { ssoPolicyForEmail } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, twoOrganisations } from "./testing";

describe("company SSO domains", () => {
  test("an admin declares their own domain, changes its policy and removes it", async ({ db }) => {
    const f = await twoOrganisations(db);
    const admin = callerFor(db, f.adminA).sso;
    await admin.removeDomain({ domainId: f.ssoDomainA.id });
    expect(await admin.domains()).toEqual([]);
    expect(await ssoPolicyForEmail(db, "Someone@EXAMPLE.test")).toBeUndefined();

    await admin.declareDomain({ domain: " @Example.TEST ", policy: "authoritative" });
    expect(await ssoPolicyForEmail(db, "someone@example.test")).toBe("authoritative");
    await admin.declareDomain({ domain: "example.test", policy: "required" });
    expect((await admin.domains()).map((d) => [d.domain, d.policy])).toEqual([["example.test", "required"]]);
    expect(await ssoPolicyForEmail(db, "someone@example.test")).toBe("required");
    expect(await ssoPolicyForEmail(db, "someone@other.test")).toBeUndefined();
  });

  test("a domain the admin's own address is not at, or a public mail service, is refused by field", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const admin = callerFor(db, f.adminA).sso;
    await expect(admin.declareDomain({ domain: "bigcorp.com", policy: "required" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/Your own address must be at bigcorp\.com/),
    });
    for (const hostile of ["gmail.com", "<script>alert(1)</script>", "a\u0000b.com", "x".repeat(300), ""]) {
      await expect(admin.declareDomain({ domain: hostile, policy: "required" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await expect(
      admin.declareDomain({ domain: "example.test", policy: "everyone" as "required" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await admin.domains()).map((d) => d.policy)).toEqual(["authoritative"]);
  });

  test("another organisation can neither take, change nor remove a declared domain", async ({ db }) => {
    const f = await twoOrganisations(db);
    // Organisation B's admin is at example.test too, but A declared it first.
    const other = callerFor(db, f.adminB).sso;
    await expect(other.declareDomain({ domain: "example.test", policy: "required" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already declared by another organisation/),
    });
    await expect(other.removeDomain({ domainId: f.ssoDomainA.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await other.domains()).toEqual([]);
    expect(await ssoPolicyForEmail(db, "x@example.test")).toBe("authoritative");
  });
});
