import { createNextConfig } from "../../next.config.mjs";

// Calendar files may be up to 5 MB; the import checks that limit itself and says so, so the
// server action's own limit sits just above it.
export default createNextConfig({ experimental: { serverActions: { bodySizeLimit: "6mb" } } });
