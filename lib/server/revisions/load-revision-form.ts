import "server-only";
import type { RevisionFormRow } from "@/lib/calc/target-revisions";
import { formatTarget } from "@/lib/format";
import type { TargetRevisionKind } from "@/lib/vocabulary";
import { db } from "../db";
import { toDecimal } from "../decimal";
import type { OpdYearRef } from "../opd-year/load-opd-year";

/**
 * The indicators a document of `kind` may change in the OPD-year (the context has checked scope): a PK
 * Perubahan the targets the PK fixes (sasaran and program indicators), a Renstra revision the Renstra
 * targets of the tujuan and sasaran indicators; each with its target now.
 */
export async function loadRevisionForm(
  context: OpdYearRef,
  kind: TargetRevisionKind,
): Promise<RevisionFormRow[]> {
  const { opd, year } = context;
  const renstra = { periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } } };
  const owners =
    kind === "PK"
      ? [{ sasaran: { tujuan: renstra } }, { program: { opdId: opd.id, year } }]
      : [{ tujuan: renstra }, { sasaran: { tujuan: renstra } }];
  const indicators = await db.indikator.findMany({
    where: { pemdaId: opd.pemdaId, OR: owners },
    include: {
      targets: {
        where: { year },
        select: {
          target: true,
          targetUpper: true,
          targetPerubahan: true,
          targetUpperPerubahan: true,
          targetRenstra: true,
          version: true,
        },
      },
      tujuan: { select: { code: true, text: true } },
      sasaran: { select: { code: true, text: true } },
      program: { select: { code: true, name: true } },
    },
    orderBy: [{ level: "asc" }, { position: "asc" }],
  });
  return indicators.map((indikator) => {
    const stored = indikator.targets[0];
    const isRange = kind === "PK" && indikator.polarity === "RENTANG";
    const value =
      kind === "RENSTRA"
        ? stored?.targetRenstra && { value: toDecimal(stored.targetRenstra), upper: null }
        : stored?.targetPerubahan
          ? { value: toDecimal(stored.targetPerubahan), upper: toDecimal(stored.targetUpperPerubahan) }
          : stored?.target && { value: toDecimal(stored.target), upper: toDecimal(stored.targetUpper) };
    const owner = indikator.program
      ? `${indikator.program.code} ${indikator.program.name}`
      : indikator.sasaran
        ? `${indikator.sasaran.code} ${indikator.sasaran.text}`
        : `${indikator.tujuan?.code} ${indikator.tujuan?.text}`;
    return {
      indikatorId: indikator.id,
      owner,
      name: indikator.name,
      satuan: indikator.satuan,
      isRange,
      current: formatTarget(
        value ? { value: value.value, upper: isRange ? value.upper : null } : null,
        indikator.satuan,
      ),
      version: stored?.version ?? null,
    };
  });
}
