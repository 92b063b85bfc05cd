"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { saveLkeAnswerAction, saveLkeScoreAction } from "@/lib/actions/lke";
import type { LkeScale } from "@/lib/generated/prisma/enums";
import {
  saveLkeAnswerInput,
  saveLkeScoreInput,
  type SaveLkeAnswerInput,
  type SaveLkeScoreInput,
} from "@/lib/inputs/lke";
import type { LkeCriterionRow } from "@/lib/lke/criterion-row";
import { lkeAnswersOf } from "@/lib/lke/score";
import { lkeAnswerLabel } from "@/lib/vocabulary";
import { ActionError } from "../forms/action-error";
import { useMutationAction } from "../forms/use-mutation-action";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";

export type LkeCriterionCardProps = {
  laporanId: string;
  criterion: LkeCriterionRow;
  canAnswer: boolean;
  canScore: boolean;
  buktiHref: string;
};

const markText = (mark: string | null) => (mark ? (lkeAnswerLabel[mark] ?? mark) : "belum diisi");

function MarkSelect({
  scale,
  label,
  ...field
}: { scale: LkeScale; label: string } & ReturnType<ReturnType<typeof useForm>["register"]>) {
  // A label beside (not around) the select: its name stays the label alone, not the chosen option too.
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} className={inputClass} {...field}>
        <option value="">— pilih —</option>
        {lkeAnswersOf(scale).map((mark) => (
          <option key={mark} value={mark}>
            {lkeAnswerLabel[mark]}
          </option>
        ))}
      </select>
    </div>
  );
}

function AnswerForm({ laporanId, criterion }: Pick<LkeCriterionCardProps, "laporanId" | "criterion">) {
  const values: SaveLkeAnswerInput = {
    laporanId,
    kriteriaId: criterion.id,
    answer: (criterion.jawaban?.answer ?? "") as SaveLkeAnswerInput["answer"],
    explanation: criterion.jawaban?.explanation ?? "",
    version: criterion.jawaban?.version ?? null,
  };
  const form = useForm<SaveLkeAnswerInput>({ resolver: zodResolver(saveLkeAnswerInput), values });
  const { run, pending, error, reload } = useMutationAction(saveLkeAnswerAction, { form });
  return (
    <form
      onSubmit={form.handleSubmit(() => run(form.getValues()))}
      className="space-y-2"
      data-testid="lke-answer-form"
    >
      <MarkSelect scale={criterion.scale} label="Jawaban OPD" {...form.register("answer")} />
      <FieldError message={form.formState.errors.answer?.message} />
      <label className="block">
        <span className="text-sm font-medium">Penjelasan</span>
        <textarea rows={2} className={inputClass} {...form.register("explanation")} />
        <FieldError message={form.formState.errors.explanation?.message} />
      </label>
      <ActionError error={error} onReload={reload} />
      <Button type="submit" disabled={pending}>
        Simpan jawaban
      </Button>
    </form>
  );
}

function ScoreForm({ laporanId, criterion }: Pick<LkeCriterionCardProps, "laporanId" | "criterion">) {
  const values: SaveLkeScoreInput = {
    laporanId,
    kriteriaId: criterion.id,
    score: (criterion.jawaban?.score ?? "") as SaveLkeScoreInput["score"],
    note: criterion.jawaban?.scoreNote ?? "",
    version: criterion.jawaban?.version ?? null,
  };
  const form = useForm<SaveLkeScoreInput>({ resolver: zodResolver(saveLkeScoreInput), values });
  const { run, pending, error, reload } = useMutationAction(saveLkeScoreAction, { form });
  return (
    <form
      onSubmit={form.handleSubmit(() => run(form.getValues()))}
      className="space-y-2"
      data-testid="lke-score-form"
    >
      <MarkSelect scale={criterion.scale} label="Nilai evaluator" {...form.register("score")} />
      <FieldError message={form.formState.errors.score?.message} />
      <label className="block">
        <span className="text-sm font-medium">Catatan evaluator</span>
        <textarea rows={2} className={inputClass} {...form.register("note")} />
        <FieldError message={form.formState.errors.note?.message} />
      </label>
      <ActionError error={error} onReload={reload} />
      <Button type="submit" disabled={pending}>
        Simpan nilai
      </Button>
    </form>
  );
}

/** What the system knows for this criterion, with its evidence; the OPD takes it with one click. */
function ProposalNote({
  laporanId,
  criterion,
  canAnswer,
}: Pick<LkeCriterionCardProps, "laporanId" | "criterion" | "canAnswer">) {
  const { run, pending, error, reload } = useMutationAction(saveLkeAnswerAction);
  const proposal = criterion.proposal!;
  const accept = () =>
    run({
      laporanId,
      kriteriaId: criterion.id,
      answer: proposal.answer as SaveLkeAnswerInput["answer"],
      explanation: proposal.reason,
      version: criterion.jawaban?.version ?? null,
    });
  return (
    <div className="space-y-2 rounded border border-sky-300 bg-sky-50 p-2 text-sm" data-testid="lke-proposal">
      <p>
        Usulan sistem: <strong>{markText(proposal.answer)}</strong>. {proposal.reason}
      </p>
      <p className="flex flex-wrap gap-x-3">
        {proposal.evidence.map((e) => (
          <Link key={e.href} href={e.href} className="text-sky-800 underline">
            {e.label}
          </Link>
        ))}
      </p>
      {canAnswer && (
        <Button type="button" variant="secondary" disabled={pending} onClick={accept}>
          Terima usulan
        </Button>
      )}
      <ActionError error={error} onReload={reload} />
    </div>
  );
}

/** One LKE criterion: the OPD's answer and the evaluator's score, each editable by its own role. */
export function LkeCriterionCard(props: LkeCriterionCardProps) {
  const { criterion, canAnswer, canScore, buktiHref } = props;
  const { jawaban } = criterion;
  return (
    <li
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="lke-criterion"
      data-code={criterion.code}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="min-w-0 break-words">
          <span className="mr-2 font-mono text-sm text-slate-600">{criterion.code}</span>
          {criterion.text}
        </p>
        <Link href={buktiHref} className="text-sm text-emerald-800 underline">
          Bukti dukung
        </Link>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-600">Jawaban OPD: </dt>
          <dd className="inline font-semibold" data-testid="lke-answer">
            {markText(jawaban?.answer ?? null)}
          </dd>
          {jawaban?.explanation && <dd className="break-words text-slate-700">{jawaban.explanation}</dd>}
        </div>
        <div>
          <dt className="inline text-slate-600">Nilai evaluator: </dt>
          <dd className="inline font-semibold" data-testid="lke-score">
            {markText(jawaban?.score ?? null)}
          </dd>
          {jawaban?.scoreNote && <dd className="break-words text-slate-700">{jawaban.scoreNote}</dd>}
        </div>
      </dl>
      {criterion.proposal && criterion.proposal.answer !== jawaban?.answer && <ProposalNote {...props} />}
      {(canAnswer || canScore) && (
        <details className="rounded border border-slate-200 p-2">
          <summary className="cursor-pointer text-sm font-medium text-emerald-800">
            {canAnswer ? "Isi jawaban" : "Beri nilai"}
          </summary>
          <div className="mt-2">
            {canAnswer && <AnswerForm {...props} />}
            {canScore && <ScoreForm {...props} />}
          </div>
        </details>
      )}
    </li>
  );
}
