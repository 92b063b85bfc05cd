import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("takes the TCP peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(
      resolveClientAddress({
        socketAddress: "203.0.113.9",
        forwardedFor: "198.51.100.1",
        trustedProxies: [],
      }),
    ).toBe("203.0.113.9");
  });

  it("behind a trusted proxy takes the right-most address the proxy did not write itself", () => {
    const args = { socketAddress: "::ffff:10.0.0.2", trustedProxies: ["10.0.0.2", "10.0.0.3"] };
    // The client forged the first entry; the proxies appended the real one and themselves.
    expect(resolveClientAddress({ ...args, forwardedFor: "1.2.3.4, 203.0.113.9, 10.0.0.3" })).toBe(
      "203.0.113.9",
    );
    expect(resolveClientAddress({ ...args, forwardedFor: ["1.2.3.4", "203.0.113.9"] })).toBe("203.0.113.9");
  });

  it("skips garbage and falls back to the proxy itself", () => {
    const args = { socketAddress: "10.0.0.2", trustedProxies: ["10.0.0.2"] };
    expect(resolveClientAddress({ ...args, forwardedFor: "bukan-ip, <script>" })).toBe("10.0.0.2");
    expect(resolveClientAddress({ ...args, forwardedFor: undefined })).toBe("10.0.0.2");
    expect(
      resolveClientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedProxies: [] }),
    ).toBe("unknown");
  });
});
