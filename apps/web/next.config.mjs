import { createNextConfig } from "../../next.config.mjs";

export default createNextConfig();
