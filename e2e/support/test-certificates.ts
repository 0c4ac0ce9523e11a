// A throw-away certificate authority and a localhost certificate it signed, made fresh for a test run.
// The app under test trusts the CA through NODE_EXTRA_CA_CERTS, exactly as a company with a private CA would.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "selfsigned";

export interface TestCertificates {
  caFile: string;
  keyFile: string;
  certFile: string;
}

export async function ensureTestCertificates(dir: string): Promise<TestCertificates> {
  const files = {
    caFile: join(dir, "ca.pem"),
    keyFile: join(dir, "localhost-key.pem"),
    certFile: join(dir, "localhost.pem"),
  };
  if (existsSync(files.caFile) && existsSync(files.keyFile) && existsSync(files.certFile)) return files;
  mkdirSync(dir, { recursive: true });
  const ca = await generate([{ name: "commonName", value: "Rapport test CA" }], {
    keyType: "ec",
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const server = await generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    algorithm: "sha256",
    ca: { key: ca.private, cert: ca.cert },
  });
  writeFileSync(files.keyFile, server.private, { mode: 0o600 });
  writeFileSync(files.certFile, server.cert);
  writeFileSync(files.caFile, ca.cert);
  return files;
}

export function readCertificates(files: TestCertificates) {
  return { key: readFileSync(files.keyFile), cert: readFileSync(files.certFile) };
}
