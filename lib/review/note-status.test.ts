import { describe, expect, it } from "vitest";
import { canMoveNote, statusAfterReply } from "./note-status";

describe("statusAfterReply", () => {
  it.each([
    ["TERBUKA", false, "DIJAWAB"],
    ["DIJAWAB", false, "DIJAWAB"],
    ["TERBUKA", true, "TERBUKA"],
    ["DIJAWAB", true, "TERBUKA"],
    ["SELESAI", false, null],
    ["SELESAI", true, null],
  ] as const)("%s answered (reviewer: %s) → %s", (from, byReviewer, to) => {
    expect(statusAfterReply(from, byReviewer)).toBe(to);
  });
});

describe("canMoveNote", () => {
  it.each([
    ["TERBUKA", "SELESAI", true],
    ["DIJAWAB", "SELESAI", true],
    ["SELESAI", "SELESAI", false],
    ["SELESAI", "TERBUKA", true],
    ["TERBUKA", "TERBUKA", false],
    ["DIJAWAB", "TERBUKA", false],
    ["TERBUKA", "DIJAWAB", false],
  ] as const)("%s → %s: %s", (from, to, allowed) => {
    expect(canMoveNote(from, to)).toBe(allowed);
  });
});
