import pg from "pg";
import { e2eDatabase } from "@/scripts/lib/e2e-database";

/** The first program and sub kegiatan (by kode) of the demo's Dinas Sosial 2022, for their pages' URLs. */
export async function demoIds(): Promise<{ programId: string; subKegiatanId: string }> {
  const client = new pg.Client(e2eDatabase);
  await client.connect();
  try {
    const one = async (table: string) => {
      const { rows } = await client.query<{ id: string }>(
        `SELECT t.id FROM ${pg.escapeIdentifier(table)} t JOIN "PerangkatDaerah" o ON o.id = t."opdId"
          WHERE o.slug = 'dinsos-serang' AND t.year = 2022 ORDER BY t.code LIMIT 1`,
      );
      return rows[0]!.id;
    };
    return { programId: await one("Program"), subKegiatanId: await one("SubKegiatan") };
  } finally {
    await client.end();
  }
}
