import type { LaporanStatus } from "@/lib/generated/prisma/enums";

export const laporanStatusLabel: Record<LaporanStatus, string> = {
  DRAFT: "Draf",
  DIAJUKAN: "Diajukan",
  DIKEMBALIKAN: "Dikembalikan",
  DIREVIU: "Direviu",
  FINAL: "Final",
};
