"use client";

import { Fragment, type ReactNode, useState } from "react";
import { deleteStructureItemAction } from "@/lib/actions/structure";
import type {
  StructureData,
  StructureKegiatan,
  StructureMoney,
  StructureProgram,
  StructureSubKegiatan,
} from "@/lib/structure/structure-data";
import { levelName, levelTitle, type StructureLevel } from "@/lib/vocabulary";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { structureLabels } from "./form-parts";
import { KegiatanForm, ProgramForm, RekeningForm, SubKegiatanForm } from "./structure-forms";
import { Button } from "@/components/ui/button";
import { TableFrame, TableHead } from "@/components/ui/table";

type Open =
  | { kind: "edit" | "delete"; level: StructureLevel; id: string }
  | { kind: "add"; level: StructureLevel; parentId: string | null };

const levelStyle: Record<StructureLevel, string> = {
  PROGRAM: "bg-emerald-50 font-semibold",
  KEGIATAN: "bg-white font-medium",
  SUB_KEGIATAN: "bg-white text-slate-800",
  REKENING: "bg-white text-xs text-slate-500",
};
const depthOf: Record<StructureLevel, number> = { PROGRAM: 0, KEGIATAN: 1, SUB_KEGIATAN: 2, REKENING: 3 };
const childOf: Partial<Record<StructureLevel, StructureLevel>> = {
  PROGRAM: "KEGIATAN",
  KEGIATAN: "SUB_KEGIATAN",
  SUB_KEGIATAN: "REKENING",
};

const showMoney = (money: StructureMoney) => money?.display ?? "—";

/**
 * The OPD-year's program → kegiatan → sub kegiatan → rekening list. Planners add, edit and delete
 * items in place while the year is open; everyone else (and everyone once the LKIP is submitted) reads.
 */
export function StructureEditor({
  opdId,
  year,
  data,
  editable,
  wholeOpd,
}: {
  opdId: string;
  year: number;
  data: StructureData;
  editable: boolean;
  /** A planner of the whole OPD: may add top-level items without a bidang. */
  wholeOpd: boolean;
}) {
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const isOpen = (kind: Open["kind"], level: StructureLevel, id: string | null) =>
    open !== null &&
    open.kind === kind &&
    open.level === level &&
    (open.kind === "add" ? open.parentId === id : open.id === id);
  const columns = editable ? 6 : 5;

  const formRow = (level: StructureLevel, content: ReactNode) => (
    <tr className="border-t border-slate-200 bg-white">
      <td
        colSpan={columns}
        className="px-3 py-3"
        style={{ paddingLeft: `${0.75 + depthOf[level] * 1.25}rem` }}
      >
        {content}
      </td>
    </tr>
  );
  const formProps = { bidang: data.bidang, allowNoBidang: wholeOpd, onClose: close };

  const row = (args: {
    level: StructureLevel;
    item: { id: string; version: number; code: string; name: string; inScope: boolean };
    bidangName?: string | null;
    paguAwal?: StructureMoney;
    paguPerubahan?: StructureMoney;
    blockedDelete: string | null;
    note?: string;
  }) => {
    const { level, item } = args;
    const child = childOf[level];
    const title = `${levelName(level)} ${item.code}`;
    return (
      <tr
        className={`border-t border-slate-200 ${levelStyle[level]}`}
        data-level={level}
        data-code={item.code}
      >
        <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{item.code}</td>
        <td className="px-3 py-2" style={{ paddingLeft: `${0.75 + depthOf[level] * 1.25}rem` }}>
          <span data-col="name">{item.name}</span>
          {args.note && <span className="ml-2 text-xs font-normal text-slate-500">{args.note}</span>}
        </td>
        <td className="px-3 py-2 text-xs font-normal text-slate-600">{args.bidangName ?? ""}</td>
        <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums font-normal" data-col="pagu-awal">
          {level === "SUB_KEGIATAN" || level === "REKENING" ? showMoney(args.paguAwal ?? null) : ""}
        </td>
        <td
          className="whitespace-nowrap px-3 py-2 text-right tabular-nums font-normal"
          data-col="pagu-perubahan"
        >
          {level === "SUB_KEGIATAN" || level === "REKENING" ? showMoney(args.paguPerubahan ?? null) : ""}
        </td>
        {editable && (
          <td className="whitespace-nowrap px-3 py-2 text-right font-normal">
            {item.inScope && (
              <span className="inline-flex gap-1">
                <Button
                  type="button"
                  variant="link"
                  aria-label={`Ubah ${title}`}
                  onClick={() => setOpen({ kind: "edit", level, id: item.id })}
                >
                  Ubah
                </Button>
                <Button
                  type="button"
                  variant="link"
                  aria-label={`Hapus ${title}`}
                  disabled={args.blockedDelete !== null}
                  title={args.blockedDelete ?? undefined}
                  onClick={() => setOpen({ kind: "delete", level, id: item.id })}
                >
                  Hapus
                </Button>
                {child && (
                  <Button
                    type="button"
                    variant="link"
                    aria-label={`Tambah ${levelName(child)} di bawah ${title}`}
                    onClick={() => setOpen({ kind: "add", level: child, parentId: item.id })}
                  >
                    + {levelTitle(child)}
                  </Button>
                )}
              </span>
            )}
          </td>
        )}
      </tr>
    );
  };

  const deleteRow = (
    level: StructureLevel,
    item: { id: string; version: number; code: string; name: string },
  ) =>
    isOpen("delete", level, item.id) &&
    formRow(level, <DeleteConfirm level={level} item={item} onClose={close} />);

  const subRows = (kegiatan: StructureKegiatan, sub: StructureSubKegiatan) => (
    <Fragment key={sub.id}>
      {row({
        level: "SUB_KEGIATAN",
        item: sub,
        bidangName: sub.bidangName,
        paguAwal: sub.paguAwal,
        paguPerubahan: sub.paguPerubahan,
        blockedDelete:
          sub.rekening.length > 0
            ? "Masih memiliki rekening belanja"
            : sub.hasRealisasi
              ? "Sudah memiliki realisasi anggaran"
              : null,
        note: sub.rekening.length > 0 ? "pagu dari rincian rekening" : undefined,
      })}
      {isOpen("edit", "SUB_KEGIATAN", sub.id) &&
        formRow("SUB_KEGIATAN", <SubKegiatanForm kegiatan={kegiatan} sub={sub} {...formProps} />)}
      {deleteRow("SUB_KEGIATAN", sub)}
      {isOpen("add", "REKENING", sub.id) &&
        formRow("REKENING", <RekeningForm sub={sub} rekening={null} onClose={close} />)}
      {sub.rekening.map((rekening) => (
        <Fragment key={rekening.id}>
          {row({
            level: "REKENING",
            item: rekening,
            paguAwal: rekening.paguAwal,
            paguPerubahan: rekening.paguPerubahan,
            blockedDelete: rekening.hasRealisasi ? "Sudah memiliki realisasi anggaran" : null,
          })}
          {isOpen("edit", "REKENING", rekening.id) &&
            formRow("REKENING", <RekeningForm sub={sub} rekening={rekening} onClose={close} />)}
          {deleteRow("REKENING", rekening)}
        </Fragment>
      ))}
    </Fragment>
  );

  const kegiatanRows = (program: StructureProgram, kegiatan: StructureKegiatan) => (
    <Fragment key={kegiatan.id}>
      {row({
        level: "KEGIATAN",
        item: kegiatan,
        bidangName: kegiatan.bidangName,
        blockedDelete: kegiatan.subKegiatan.length > 0 ? "Masih memiliki sub kegiatan" : null,
      })}
      {isOpen("edit", "KEGIATAN", kegiatan.id) &&
        formRow("KEGIATAN", <KegiatanForm program={program} kegiatan={kegiatan} {...formProps} />)}
      {deleteRow("KEGIATAN", kegiatan)}
      {isOpen("add", "SUB_KEGIATAN", kegiatan.id) &&
        formRow("SUB_KEGIATAN", <SubKegiatanForm kegiatan={kegiatan} sub={null} {...formProps} />)}
      {kegiatan.subKegiatan.map((sub) => subRows(kegiatan, sub))}
    </Fragment>
  );

  return (
    <div className="space-y-3">
      {editable && (
        <div>
          {isOpen("add", "PROGRAM", null) ? (
            <ProgramForm opdId={opdId} year={year} program={null} sasaran={data.sasaran} {...formProps} />
          ) : (
            <Button type="button" onClick={() => setOpen({ kind: "add", level: "PROGRAM", parentId: null })}>
              Tambah program
            </Button>
          )}
        </div>
      )}
      <TableFrame label="Struktur anggaran">
        <table className="w-full min-w-[960px] border-collapse text-sm" data-testid="structure-tree">
          <TableHead>
            <th>Kode</th>
            <th>Program / Kegiatan / Sub Kegiatan / Rekening</th>
            <th className="w-52">Bidang</th>
            <th className="w-36 text-right">Pagu awal</th>
            <th className="w-36 text-right">Pagu perubahan</th>
            {editable && <th className="text-right">Aksi</th>}
          </TableHead>
          <tbody>
            {data.programs.map((program) => (
              <Fragment key={program.id}>
                {row({
                  level: "PROGRAM",
                  item: program,
                  bidangName: program.bidangName,
                  blockedDelete: program.kegiatan.length > 0 ? "Masih memiliki kegiatan" : null,
                })}
                {isOpen("edit", "PROGRAM", program.id) &&
                  formRow(
                    "PROGRAM",
                    <ProgramForm
                      opdId={opdId}
                      year={year}
                      program={program}
                      sasaran={data.sasaran}
                      {...formProps}
                    />,
                  )}
                {deleteRow("PROGRAM", program)}
                {isOpen("add", "KEGIATAN", program.id) &&
                  formRow("KEGIATAN", <KegiatanForm program={program} kegiatan={null} {...formProps} />)}
                {program.kegiatan.map((kegiatan) => kegiatanRows(program, kegiatan))}
              </Fragment>
            ))}
            {data.programs.length === 0 && (
              <tr>
                <td colSpan={columns} className="px-3 py-4 text-center text-slate-600">
                  Belum ada program pada tahun {year}.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableFrame>
    </div>
  );
}

function DeleteConfirm({
  level,
  item,
  onClose,
}: {
  level: StructureLevel;
  item: { id: string; version: number; code: string; name: string };
  onClose: () => void;
}) {
  const { run, pending, error, reload } = useMutationAction(deleteStructureItemAction, {
    onSuccess: onClose,
  });
  const confirm = () => run({ level, id: item.id, version: item.version });
  return (
    <div className="space-y-2 rounded-md border border-red-200 bg-red-50/60 p-3" data-testid="delete-confirm">
      <p className="text-sm">
        Hapus {levelName(level)} <span className="font-mono">{item.code}</span> {item.name}? Indikator dan
        targetnya ikut terhapus. Tindakan ini tercatat di jejak audit.
      </p>
      <div className="flex gap-2">
        <Button type="button" variant="danger" disabled={pending} onClick={confirm}>
          Ya, hapus
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Batal
        </Button>
      </div>
      <ActionError
        error={error}
        labels={structureLabels}
        onReload={() => {
          reload();
          onClose();
        }}
      />
    </div>
  );
}
