import { transitions, isEditable, type LaporanStatus } from "@/lib/workflow/laporan-workflow";
import { coversBidang, hasPermission, type Principal } from "./permissions";

export type WorkflowMove = { to: LaporanStatus; label: string; noteRequired: boolean };

/** What the principal may do in one OPD-year, derived once from the permission table and the LKIP status. */
export type OpdYearRights = {
  /** Structure, targets and realisasi (a bidang-limited planner: their bidang's items only). */
  editPlan: boolean;
  /** The narrative speaks for the whole OPD: whole-OPD planners only. */
  editNarrative: boolean;
  /** A planner who could edit if the year were open; used to explain a locked year. */
  planner: boolean;
  /** A planner of the whole OPD (no bidang limit). */
  wholeOpd: boolean;
  /** Write review notes, close and reopen them (the reviewer). */
  writeReviewNote: boolean;
  replyReviewNote: boolean;
  readAudit: boolean;
  signPerjanjianKinerja: boolean;
  /** Record a PK Perubahan or a Renstra revision: the head who signs the PK, while planners hold the year. */
  recordRevision: boolean;
  /** Upload a spreadsheet into the year (planners and admins, while planners hold the report). */
  importPlan: boolean;
  /** Download the LKIP PDF and the spreadsheets. */
  exportReports: boolean;
  moves: WorkflowMove[];
  /** Answer the LKE: it speaks for the whole OPD, so whole-OPD planners only (at any LKIP status). */
  answerLke: boolean;
  /** Score the LKE as evaluator. */
  scoreLke: boolean;
};

export function opdYearRights(principal: Principal, status: LaporanStatus): OpdYearRights {
  const planner = hasPermission(principal, "plan:edit");
  const wholeOpd = principal.bidangIds.length === 0;
  const open = isEditable(status);
  return {
    editPlan: planner && open,
    editNarrative: planner && wholeOpd && open,
    planner,
    wholeOpd,
    writeReviewNote: hasPermission(principal, "reviewNote:write"),
    replyReviewNote: hasPermission(principal, "reviewNote:reply"),
    readAudit: hasPermission(principal, "audit:read"),
    signPerjanjianKinerja: hasPermission(principal, "perjanjianKinerja:sign"),
    recordRevision: hasPermission(principal, "perjanjianKinerja:sign") && open,
    importPlan: hasPermission(principal, "plan:import") && open,
    exportReports: hasPermission(principal, "laporan:export"),
    moves: transitions
      .filter((t) => t.from === status && hasPermission(principal, t.action))
      .map(({ to, label, noteRequired }) => ({ to, label, noteRequired })),
    answerLke: hasPermission(principal, "lke:answer") && wholeOpd,
    scoreLke: hasPermission(principal, "lke:score"),
  };
}

/** The sub kegiatan whose page the principal may open (a bidang-limited planner: those of their bidang). */
export function openableSubKegiatan(
  principal: Principal,
  subKegiatan: readonly { id: string; bidangId: string | null }[],
): Set<string> {
  return new Set(subKegiatan.filter((sub) => coversBidang(principal, sub.bidangId)).map((sub) => sub.id));
}
