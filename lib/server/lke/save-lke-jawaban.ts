import "server-only";
import type { Action } from "@/lib/auth/permissions";
import { AppError, InvalidInputError, notFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { saveLkeAnswerInput, saveLkeScoreInput } from "@/lib/inputs/lke";
import { lkeAnswersOf } from "@/lib/lke/score";
import { db, type Tx } from "../db";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import type { RecordAudit } from "../audit/record-audit";
import { onDuplicate, saveVersioned } from "../mutations/versioned";
import type { Principal } from "@/lib/auth/permissions";

/** The two halves of a criterion's row: the OPD's answer and the evaluator's score. */
type Half = {
  action: Action;
  mark: "answer" | "score";
  text: "explanation" | "scoreNote";
  field: "answer" | "score";
  word: string;
};
const answerHalf: Half = {
  action: "lke:answer",
  mark: "answer",
  text: "explanation",
  field: "answer",
  word: "Jawaban",
};
const scoreHalf: Half = {
  action: "lke:score",
  mark: "score",
  text: "scoreNote",
  field: "score",
  word: "Nilai evaluator",
};

/** The row as it is now and who last saved it, so the user sees what they would overwrite. */
async function conflict(
  client: Tx,
  rowKey: { opdId: string; year: number; kriteriaId: string },
  code: string,
) {
  const current = await client.lkeJawaban.findFirst({ where: rowKey });
  const last =
    current &&
    (await client.auditLog.findFirst({
      where: { pemdaId: current.pemdaId, entity: "LkeJawaban", entityId: current.id },
      orderBy: { id: "desc" },
      include: { user: { select: { name: true } } },
    }));
  const who = last?.user?.name ?? "pengguna lain";
  const when = current ? ` pada ${formatDateTime(current.updatedAt)}` : "";
  return new AppError(
    "CONFLICT",
    `Kriteria ${code} telah diubah oleh ${who}${when} setelah Anda membukanya. Muat ulang halaman, lalu ulangi isian Anda.`,
  );
}

async function saveHalf(
  half: Half,
  principal: Principal,
  input: { laporanId: string; kriteriaId: string; mark: string; text: string; version: number | null },
  audit: RecordAudit,
) {
  const laporan = await findForWrite(
    principal,
    half.action,
    db.laporanKinerja.findFirst({ where: { id: input.laporanId, pemdaId: principal.pemdaId } }),
    // The LKE speaks for the whole OPD: no bidang owns it, so bidang-limited planners are out of scope.
    (laporan) => ({ pemdaId: laporan.pemdaId, opdId: laporan.opdId, bidangId: null }),
  );
  const kriteria = await db.lkeKriteria.findFirst({
    where: { id: input.kriteriaId, pemdaId: laporan.pemdaId, active: true },
  });
  if (!kriteria) throw notFound();
  const allowed = lkeAnswersOf(kriteria.scale);
  if (!allowed.includes(input.mark)) {
    throw new InvalidInputError(`Kriteria ${kriteria.code} dijawab dengan ${allowed.join("/")}.`, {
      [half.field]: `Pilih ${allowed.join(", ")}`,
    });
  }
  const rowKey = { opdId: laporan.opdId, year: laporan.year, kriteriaId: kriteria.id };
  const values = { [half.mark]: input.mark, [half.text]: input.text };
  return onDuplicate(
    () =>
      db.$transaction(async (tx) => {
        const existing = await tx.lkeJawaban.findFirst({ where: rowKey });
        const { id, version } = await saveVersioned({
          existing,
          expectedVersion: input.version,
          update: (where) =>
            tx.lkeJawaban.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
          create: () => tx.lkeJawaban.create({ data: { pemdaId: laporan.pemdaId, ...rowKey, ...values } }),
          stale: () => conflict(tx, rowKey, kriteria.code),
        });
        await audit(tx, {
          opdId: laporan.opdId,
          year: laporan.year,
          entity: "LkeJawaban",
          entityId: id,
          oldValues: existing
            ? { code: kriteria.code, [half.mark]: existing[half.mark], [half.text]: existing[half.text] }
            : undefined,
          newValues: { code: kriteria.code, ...values },
        });
        return { id, version };
      }),
    // Two users giving the first mark of a criterion at once: the unique index lets exactly one in.
    () => conflict(db, rowKey, kriteria.code),
  );
}

/** The OPD answers one LKE criterion (Y/T or A–E, as the criterion says) with its explanation. */
export const saveLkeAnswer = defineMutation({
  name: "lke.answer",
  input: saveLkeAnswerInput,
  run: ({ principal, input, audit }) =>
    saveHalf(answerHalf, principal, { ...input, mark: input.answer, text: input.explanation }, audit),
});

/** The inspectorate scores one LKE criterion of an OPD-year, with a note. */
export const saveLkeScore = defineMutation({
  name: "lke.score",
  input: saveLkeScoreInput,
  run: ({ principal, input, audit }) =>
    saveHalf(scoreHalf, principal, { ...input, mark: input.score, text: input.note }, audit),
});
