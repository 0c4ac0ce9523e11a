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
  const [value, setValue] = useState(defaultValue ?? "UTC");
  useEffect(() => {
    if (!defaultValue) setValue(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  }, [defaultValue]);
  const options = zones.includes(value) ? zones : [value, ...zones];
  return (
    <Select id={id} name={name} value={value} onChange={(e) => setValue(e.target.value)} invalid={invalid}>
      {options.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll("_", " ")}
        </option>
      ))}
    </Select>
  );
}
