import type { DatabaseConfig } from "@/lib/database-config";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { loadDemo } from "@/prisma/demo/load-demo";
import { serang2022 } from "@/prisma/demo/serang-2022";

export async function loadDemoData(config: DatabaseConfig): Promise<void> {
  const db = createPrismaClient(config);
  try {
    const result = await loadDemo(db, serang2022);
    // Progress goes to stderr so that commands can print machine-readable output on stdout.
    console.error(
      result === "loaded"
        ? `Data demo ${serang2022.opd.name} ${serang2022.year} dimuat.`
        : `Data demo ${serang2022.opd.name} ${serang2022.year} sudah ada; tidak diubah.`,
    );
  } finally {
    await db.$disconnect();
  }
}
