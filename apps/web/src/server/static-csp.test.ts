import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withoutScripts } from "./static-csp";

describe("inlineScriptHashes", () => {
  it("names each inline script by the SHA-256 a browser computes over its text", () => {
    // openssl: printf 'self.__next_f.push([0])' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHashes("<body><script>self.__next_f.push([0])</script></body>")).toEqual([
      "sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU=",
    ]);
  });

  it("leaves out script files and empty scripts, and names a repeated script once", () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script id="x">self.__next_f.push([0])</script>' +
      "<script></script><script>self.__next_f.push([0])</script>";
    expect(inlineScriptHashes(html)).toEqual(["sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU="]);
  });

  it("gives a changed script another hash", () => {
    const [original] = inlineScriptHashes("<script>self.__next_f.push([0])</script>");
    const [changed] = inlineScriptHashes("<script>self.__next_f.push([0]);alert(1)</script>");
    expect(changed).not.toBe(original);
  });
});

describe("withoutScripts", () => {
  it("removes inline and file scripts and their preload hints, and keeps the page and its styles", () => {
    const html =
      '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
      '<link rel="modulepreload" href="/b.js"/><link rel="manifest" href="/manifest.webmanifest"/>' +
      "<style>.a{color:red}</style></head><body><h1>Rapport</h1>" +
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script>self.__next_f.push([1,"a \\u003c/script> b"])</script>' +
      '<SCRIPT type="module">\nimport("/c.js")\n</SCRIPT><a href="/sign-in">Get started</a></body></html>';
    expect(withoutScripts(html)).toBe(
      '<html><head><link rel="manifest" href="/manifest.webmanifest"/><style>.a{color:red}</style></head>' +
        '<body><h1>Rapport</h1><a href="/sign-in">Get started</a></body></html>',
    );
  });
});
