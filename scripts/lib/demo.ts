import type { DatabaseConfig } from "@/lib/database-config";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { loadDemo, loadDemoYearInProgress } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";
import { serang2023 } from "@/prisma/demo/serang-2023";

export async function loadDemoData(config: DatabaseConfig): Promise<void> {
  const db = createPrismaClient(config);
  // Progress goes to stderr so that commands can print machine-readable output on stdout.
  const report = (result: "loaded" | "already-loaded", what: string) =>
    console.error(
      result === "loaded" ? `Data demo ${what} dimuat.` : `Data demo ${what} sudah ada; tidak diubah.`,
    );
  try {
    report(await loadDemo(db, serang2022), `${serang2022.opd.name} ${serang2022.year}`);
    report(
      await loadDemoYearInProgress(db, serang2023),
      `${serang2022.opd.name} ${serang2023.year} (data contoh)`,
    );
  } finally {
    await db.$disconnect();
  }
}
