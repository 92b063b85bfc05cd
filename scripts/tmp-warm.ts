import { resolveDatabaseConfig } from "@/lib/database-config";
import { db } from "@/lib/server/db";
import { getLaporan } from "@/lib/server/laporan/get-laporan";
import { getLkipPdf } from "@/lib/server/lkip/get-lkip-pdf";
import { getOpdBySlug } from "@/lib/server/opd/get-opd";
import { prepareDatabase } from "./lib/database";
await prepareDatabase(resolveDatabaseConfig());
const opd = (await getOpdBySlug("dinsos-serang"))!;
const laporan = (await getLaporan({ opd, year: 2022 }))!;
for (const engine of ["layout", "classic", "layout", "classic", "layout"] as const) {
  const pdf = await getLkipPdf({ opd, year: 2022, laporan }, { generatedBy: null, engine });
  console.log(engine, pdf!.milliseconds, "ms", Math.round(process.memoryUsage().heapUsed / 2 ** 20), "MiB");
}
await db.$disconnect();
