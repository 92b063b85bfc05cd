/**
 * The react-pdf engines and Chromium measured outside the server by scripts/bench/pdf-render.ts (the render
 * work of issue 19 §4): run when present, each figure it prints becomes a row; absent, one row says so.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { SYNTHETIC_YEAR, syntheticOpdSlug } from "@/prisma/demo/synthetic-region";

const script = path.join("scripts", "bench", "pdf-render.ts");
type Row = { figure: string; measured: string; goal: string; ok: boolean };

/** Its contract: DATABASE_URL set, figures on stderr as it goes, all of them as one JSON object on stdout's last line. */
export function pdfEngineRows(databaseUrl: string): Row[] {
  if (!existsSync(script)) {
    return [
      {
        figure: "PDF: mesin react-pdf dan Chromium di luar server (scripts/bench/pdf-render.ts)",
        measured: "— (skrip belum ada; baris ini membaca keluarannya)",
        goal: "—",
        ok: false,
      },
    ];
  }
  const result = spawnSync(
    path.join("node_modules", ".bin", "tsx"),
    [
      "--import",
      "./scripts/lib/allow-server-only.mjs",
      script,
      "--large",
      `${syntheticOpdSlug(1)}/${SYNTHETIC_YEAR}`,
    ],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    },
  );
  const last = result.stdout.trim().split("\n").at(-1);
  if (result.status !== 0 || !last) throw new Error(`${script} gagal (kode ${result.status})`);
  const figures = JSON.parse(last) as Record<string, number>;
  return Object.entries(figures).map(([name, value]) => ({
    figure: `PDF (pdf-render.ts): ${name}`,
    measured: `${value.toLocaleString("id-ID")} ${/RSS|memori/i.test(name) ? "MiB" : "ms"}`,
    goal: "—",
    ok: true,
  }));
}
