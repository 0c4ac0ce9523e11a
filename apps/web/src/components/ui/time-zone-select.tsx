"use client";

import { useEffect, useState } from "react";
import { Select } from "./field";

const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];

/** Every IANA time zone; without a saved value it starts at the browser's own zone. */
export function TimeZoneSelect({
  id,
  name,
  defaultValue,
  invalid,
}: {
  id: string;
  name: string;
  defaultValue?: string;
  invalid?: boolean;
}) {
  const [browserZone, setBrowserZone] = useState<string>();
  useEffect(() => {
    if (!defaultValue) setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  }, [defaultValue]);
  const initial = defaultValue ?? browserZone ?? "UTC";
  const options = zones.includes(initial) ? zones : [initial, ...zones];
  // Uncontrolled (see submit-without-reset.ts); a new starting value remounts it.
  return (
    <Select key={initial} id={id} name={name} defaultValue={initial} invalid={invalid}>
      {options.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll("_", " ")}
        </option>
      ))}
    </Select>
  );
}
