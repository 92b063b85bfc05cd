import { expect } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import type { LaporanStatus } from "@/lib/generated/prisma/client";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { transitionLaporan } from "@/lib/server/laporan/transition-laporan";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import type { OpdRef } from "@/lib/server/opd/get-opd";

/** One workflow move of an OPD-year's LKIP by `actor`, at its current version; it must go through. */
export async function moveLaporan(
  actor: Principal,
  { opd, year }: { opd: OpdRef; year: number },
  to: LaporanStatus,
  note?: string,
): Promise<void> {
  const laporan = (await getLaporan({ opd, year }))!;
  const result = await executeMutation(transitionLaporan, actor, {
    laporanId: laporan.id,
    to,
    note,
    version: laporan.version,
  });
  expect(result).toMatchObject({ ok: true });
}
