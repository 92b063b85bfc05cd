import { expect } from "vitest";
import type { BuktiTarget, LaporanStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { sha256Hex } from "@/lib/server/sha256";
import { setLaporanStatus, tally } from "../fixtures";
import { FB, NF, OK, fx, next, type MatrixGroup, matrix } from "./harness";

/**
 * Permission matrix, bukti dukung group (see ./harness.ts): planners of the OPD upload and delete evidence,
 * a bidang-limited one only on their bidang's targets (never on a whole-OPD target such as an LKE
 * criterion); nobody else writes. Evidence is not locked by the LKIP workflow (it also serves the LKE
 * evaluation after the LKIP is final).
 */

const pdf = (n: number) => new TextEncoder().encode(`%PDF-1.4\n% bukti ${n}\n%%EOF\n`);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

type UploadTarget = {
  opdId: string;
  laporanId: string;
  target: BuktiTarget;
  targetId: () => string;
  lkip?: LaporanStatus;
};

const uploadTargets: Record<string, () => UploadTarget> = {
  "rehsos sub kegiatan": () => ({
    ...fx.a.dinsos.subRehsos,
    target: "SUB_KEGIATAN",
    targetId: () => fx.a.dinsos.subRehsos.id,
  }),
  "rehsos indicator TW II": () => ({
    ...fx.a.dinsos.quarterlyRehsos,
    target: "REALISASI_INDIKATOR",
    targetId: () => fx.a.dinsos.quarterlyRehsos.indikatorId!,
  }),
  "sekretariat sub kegiatan": () => ({
    ...fx.a.dinsos.subSekretariat,
    target: "SUB_KEGIATAN",
    targetId: () => fx.a.dinsos.subSekretariat.id,
  }),
  "LKE criterion of dinsos (whole OPD)": () => ({
    opdId: fx.a.dinsos.opdId,
    laporanId: fx.a.dinsos.laporanId,
    target: "KRITERIA_LKE",
    targetId: () => "",
  }),
  "rehsos sub kegiatan, LKIP final": () => ({
    ...fx.a.dinsos.subRehsos,
    target: "SUB_KEGIATAN",
    targetId: () => fx.a.dinsos.subRehsos.id,
    lkip: "FINAL",
  }),
  "dinkes sub kegiatan (other OPD)": () => ({
    ...fx.a.dinkes.sub,
    target: "SUB_KEGIATAN",
    targetId: () => fx.a.dinkes.sub.id,
  }),
  "Cilegon sub kegiatan (other region)": () => ({
    ...fx.b.dinsos.sub,
    target: "SUB_KEGIATAN",
    targetId: () => fx.b.dinsos.sub.id,
  }),
};

const uploadMatrix = matrix({
  targets: uploadTargets,
  async prepare(target) {
    await setLaporanStatus(target.laporanId, target.lkip ?? "DRAFT");
    const n = next();
    const bytes = pdf(n);
    const input = {
      opdId: target.opdId,
      year: 2022,
      target: target.target,
      targetId: target.targetId(),
      triwulan: target.target === "REALISASI_INDIKATOR" ? 2 : null,
      lkeCode: target.target === "KRITERIA_LKE" ? "1.a.3" : "",
      file: { name: `Bukti ${n}.pdf`, base64: base64(bytes) },
    };
    return { input, state: { fileName: `Bukti ${n}.pdf`, sha256: sha256Hex(bytes), size: bytes.length } };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  indTW2  sekret  LKE     final   dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     OK,     OK,     OK,     NF,     NF],
    perencanaRehsosA: [OK,     OK,     NF,     NF,     OK,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     NF,     NF,     FB],
  },
  async verify({ target, state, changes, audit }) {
    expect(tally(changes)).toEqual({ Attachment: "+1", StoredFile: "+1", AuditLog: "+1" });
    const saved = await db.attachment.findFirstOrThrow({
      where: { opdId: target.opdId, fileName: state.fileName },
    });
    expect(saved).toMatchObject({
      kind: "BUKTI_DUKUNG",
      target: target.target,
      mimeType: "application/pdf",
      sha256: state.sha256,
      size: state.size,
    });
    expect(audit).toMatchObject({
      entity: "BuktiDukung",
      entityId: saved.id,
      newValues: { fileName: state.fileName, sha256: state.sha256, size: state.size },
    });
  },
});

type DeleteTarget = { opdId: string; pemdaId: () => string; bidangId: string | null; lkeCode: string };

const deleteMatrix = matrix({
  targets: {
    "rehsos evidence": (): DeleteTarget => ({
      opdId: fx.a.dinsos.opdId,
      pemdaId: () => fx.a.pemdaId,
      bidangId: fx.a.dinsos.bidangRehsosId,
      lkeCode: "",
    }),
    "sekretariat evidence": (): DeleteTarget => ({
      opdId: fx.a.dinsos.opdId,
      pemdaId: () => fx.a.pemdaId,
      bidangId: fx.a.dinsos.bidangSekretariatId,
      lkeCode: "",
    }),
    "LKE evidence (whole OPD)": (): DeleteTarget => ({
      opdId: fx.a.dinsos.opdId,
      pemdaId: () => fx.a.pemdaId,
      bidangId: null,
      lkeCode: "1.a.3",
    }),
    "dinkes evidence (other OPD)": (): DeleteTarget => ({
      opdId: fx.a.dinkes.opdId,
      pemdaId: () => fx.a.pemdaId,
      bidangId: fx.a.dinkes.bidangId,
      lkeCode: "",
    }),
    "Cilegon evidence (other region)": (): DeleteTarget => ({
      opdId: fx.b.dinsos.opdId,
      pemdaId: () => fx.b.pemdaId,
      bidangId: fx.b.dinsos.bidangId,
      lkeCode: "",
    }),
  },
  async prepare(target) {
    const pemdaId = target.pemdaId();
    const bytes = pdf(next());
    const stored = await db.storedFile.create({ data: { pemdaId, bytes } });
    const bukti = await db.attachment.create({
      data: {
        pemdaId,
        opdId: target.opdId,
        year: 2022,
        kind: "BUKTI_DUKUNG",
        caption: "Bukti uji",
        fileName: `Hapus ${next()}.pdf`,
        mimeType: "application/pdf",
        sha256: sha256Hex(bytes),
        size: bytes.length,
        storageKey: stored.id,
        target: target.lkeCode ? "KRITERIA_LKE" : "SUB_KEGIATAN",
        targetId: target.lkeCode ? null : "x",
        lkeCode: target.lkeCode,
        bidangId: target.bidangId,
      },
    });
    return { input: { attachmentId: bukti.id }, state: { bukti } };
  },
  // prettier-ignore
  expected: {
    //                 rehsos  sekret  LKE     dinkes  Cilegon
    adminA:           [FB,     FB,     FB,     FB,     NF],
    kepalaA:          [FB,     FB,     FB,     NF,     NF],
    perencanaA:       [OK,     OK,     OK,     NF,     NF],
    perencanaRehsosA: [OK,     NF,     NF,     NF,     NF],
    inspektoratA:     [FB,     FB,     FB,     FB,     NF],
    adminB:           [NF,     NF,     NF,     NF,     FB],
    kepalaB:          [NF,     NF,     NF,     NF,     FB],
    perencanaB:       [NF,     NF,     NF,     NF,     OK],
    inspektoratB:     [NF,     NF,     NF,     NF,     FB],
  },
  async verify({ state: { bukti }, changes, audit }) {
    expect(tally(changes)).toEqual({ Attachment: "-1", StoredFile: "-1", AuditLog: "+1" });
    expect(changes.removed).toContain(`StoredFile:${bukti.storageKey}`);
    expect(audit).toMatchObject({
      entity: "BuktiDukung",
      entityId: bukti.id,
      oldValues: { fileName: bukti.fileName, sha256: bukti.sha256, size: bukti.size },
      newValues: null,
    });
  },
});

export const buktiMatrices: MatrixGroup = {
  "bukti.upload": uploadMatrix,
  "bukti.delete": deleteMatrix,
};
