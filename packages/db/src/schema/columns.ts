import { clampLocalDate } from "@rapport/domain/time";
import { customType, text, timestamp } from "drizzle-orm/pg-core";

/** Text primary keys (UUIDs) so ids are opaque and compatible with the Auth.js adapter. */
export const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/**
 * A calendar date ('YYYY-MM-DD', Postgres `date`). Reads clamp to 1900–2100: inputs refuse other years,
 * and a stored year 9999, a five-digit year or a BC date (an old version, a hand edit) must not break
 * the date arithmetic of every page that shows it.
 */
export const localDate = customType<{ data: string; driverData: string }>({
  dataType: () => "date",
  fromDriver: (value) => clampLocalDate(String(value)),
});
