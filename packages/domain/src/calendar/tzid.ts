// Turning a TZID parameter into a zone. Real files use IANA names, Windows names (Outlook), vendor prefixes
// ("/mozilla.org/20050126_1/Europe/Berlin") or names of their own defined only by a VTIMEZONE.
import { type Component, unescapeText } from "./content-lines";
import { zoneFromVtimezone } from "./vtimezone";
import { windowsDisplayNameToIana, windowsZoneToIana } from "./windows-zones";
import { ianaZone, type Zone } from "./zones";

/** An IANA name hidden inside a longer TZID: try the last three, then two path segments. */
function embeddedIana(tzid: string): Zone | null {
  const segments = tzid.split("/").filter((s) => s !== "");
  for (const take of [3, 2]) {
    if (segments.length < take) continue;
    const zone = ianaZone(segments.slice(-take).join("/"));
    if (zone) return zone;
  }
  return null;
}

/**
 * Resolves a TZID: an IANA name, a Windows name or display name, an IANA name embedded in the TZID or in the VTIMEZONE's
 * X-LIC-LOCATION, and finally the VTIMEZONE's own offsets. Null when none of those work.
 */
export function resolveTzid(tzid: string, vtimezones: ReadonlyMap<string, Component>): Zone | null {
  const name = tzid.trim().replace(/^"|"$/g, "");
  const windows = windowsZoneToIana(name) ?? windowsDisplayNameToIana(name);
  const vtimezone = vtimezones.get(name);
  const location = vtimezone?.props.find((p) => p.name === "X-LIC-LOCATION");
  return (
    ianaZone(name) ??
    (windows ? ianaZone(windows) : null) ??
    embeddedIana(name) ??
    (location ? ianaZone(unescapeText(location.value)) : null) ??
    (vtimezone ? zoneFromVtimezone(vtimezone) : null)
  );
}

/** VTIMEZONE components of a calendar by TZID. */
export function collectVtimezones(calendar: Component): Map<string, Component> {
  const map = new Map<string, Component>();
  for (const child of calendar.children) {
    if (child.name !== "VTIMEZONE") continue;
    const tzid = child.props.find((p) => p.name === "TZID");
    if (tzid) map.set(unescapeText(tzid.value).trim(), child);
  }
  return map;
}
