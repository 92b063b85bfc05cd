import { describe, expect, it } from "vitest";
import { serang2022LkipInput } from "@/lib/lkip/fixtures/serang-2022-lkip-input";
import { attachDrafts } from "./attach-drafts";

const ids = (programId: string | null) => ({ sasaranId: null, programId, kegiatanId: null });
const chapters = [
  {
    title: "BAB III Akuntabilitas Kinerja",
    entries: [
      { section: "AKTIVITAS" as const, ids: ids("program-1") },
      { section: "KENDALA" as const, ids: ids(null) },
    ],
  },
];

describe("the narrative page's drafts (attachDrafts)", () => {
  it("asks the drafting function once per section with the section's owner, and keeps what it returns", () => {
    const asked: string[] = [];
    const drafted = attachDrafts(chapters, serang2022LkipInput(), (_, section, ownerId) => {
      asked.push(`${section}:${ownerId}`);
      return section === "KENDALA" ? null : `Draf ${section} ${ownerId}`;
    });
    expect(asked).toEqual(["AKTIVITAS:program-1", "KENDALA:null"]);
    expect(drafted[0]!.entries.map((e) => e.draft)).toEqual(["Draf AKTIVITAS program-1", null]);
  });

  it("offers no draft without the LKIP input (a reader who may not edit)", () => {
    const drafted = attachDrafts(chapters, null, () => "never");
    expect(drafted[0]!.entries.map((e) => e.draft)).toEqual([null, null]);
  });
});
