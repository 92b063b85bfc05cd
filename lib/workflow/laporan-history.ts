import type { LaporanStatus } from "./laporan-workflow";

/**
 * What the status panel of an LKIP shows: its status and version (for the next move), the moves made
 * (newest first).
 */
export type LaporanHistory = {
  id: string;
  version: number;
  status: LaporanStatus;
  transitions: {
    id: string;
    fromStatus: LaporanStatus;
    toStatus: LaporanStatus;
    note: string | null;
    createdAt: Date;
    user: { name: string } | null;
  }[];
};
