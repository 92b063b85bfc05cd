import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signSessionToken, verifySessionCookie } from "./session-token";

const secret = "a".repeat(64);
const token = randomBytes(32).toString("base64url");

describe("the session cookie", () => {
  it("gives back the token it was signed with", () => {
    expect(verifySessionCookie(signSessionToken(token, secret), secret)).toBe(token);
  });

  it("turns away a made-up token, another secret's signature and malformed values", () => {
    const cookie = signSessionToken(token, secret);
    const other = randomBytes(32).toString("base64url");
    expect(verifySessionCookie(`${other}.${cookie.split(".")[1]}`, secret)).toBeNull();
    expect(verifySessionCookie(signSessionToken(token, "b".repeat(64)), secret)).toBeNull();
    expect(verifySessionCookie(token, secret)).toBeNull();
    expect(verifySessionCookie(`.${cookie.split(".")[1]}`, secret)).toBeNull();
    expect(verifySessionCookie(`${cookie}x`, secret)).toBeNull();
    expect(verifySessionCookie(cookie.slice(0, -1), secret)).toBeNull();
  });
});
