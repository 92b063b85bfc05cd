import "server-only";
import type { EvaluatedCheckInput } from "@/lib/calc/checks-indicator";
import { parseEvaluation } from "@/lib/calc/serialize-evaluation";
import { ikuRows } from "@/lib/views/opd-dashboard";
import type { PublicPortal } from "@/lib/views/public-portal";
import { db } from "../db";
import { RESULT_FORMAT } from "../opd-year/opd-year-result";

/**
 * Public (no sign-in): every OPD-year of the Pemda whose LKIP is FINAL now, with its latest revision and the
 * IKU of the result frozen with it (the figures of the signed PDF). A draft, a reopened year and anything
 * about people (who finalised, review notes) never leave here. Null for an unknown kode.
 */
export async function loadPublicPortal(code: string): Promise<PublicPortal | null> {
  const [pemda] = await db.$queryRaw<{ id: string; code: string; name: string }[]>`
    SELECT id, code, name FROM "Pemda" WHERE code = ${code}`;
  if (!pemda) return null;
  const rows = await db.$queryRaw<
    {
      slug: string;
      name: string;
      year: number;
      revision: number;
      code: string;
      sha256: string;
      pageCount: number;
      finalisedAt: Date;
      iku: string | null;
    }[]
  >`
    SELECT o.slug, o.name, l.year, rv.revision, rv.code, rv.sha256, rv."pageCount", rv."createdAt" AS "finalisedAt",
           (SELECT jsonb_path_query_array(r.summary -> 'dashboard' -> 'indicators', '$[*] ? (@.level == "SASARAN")')::text
              FROM "LkipRevisionResult" r
             WHERE r."pemdaId" = ${pemda.id} AND r."revisionId" = rv.id AND r."throughQuarter" = 4
               AND r.format = ${RESULT_FORMAT}) AS iku
      FROM "LaporanKinerja" l
      JOIN "PerangkatDaerah" o ON o."pemdaId" = l."pemdaId" AND o.id = l."opdId"
      JOIN LATERAL (
        SELECT id, revision, code, sha256, "pageCount", "createdAt" FROM "LkipRevision" x
         WHERE x."pemdaId" = l."pemdaId" AND x."laporanId" = l.id
         ORDER BY x.revision DESC LIMIT 1
      ) rv ON true
     WHERE l."pemdaId" = ${pemda.id} AND l.status = 'FINAL'
     ORDER BY o.name, o.id, l.year DESC`;

  const opds: PublicPortal["opds"] = [];
  for (const { slug, name, iku, ...lkip } of rows) {
    let opd = opds.at(-1);
    if (opd?.slug !== slug) opds.push((opd = { slug, name, lkip: [] }));
    opd.lkip.push({
      ...lkip,
      iku: iku === null ? null : ikuRows(parseEvaluation<EvaluatedCheckInput[]>(iku)),
    });
  }
  return { pemda: { code: pemda.code, name: pemda.name }, opds };
}

export type PublicLkipPdf = { sha256: string; load: () => Promise<Uint8Array> };

/**
 * The PDF of a FINAL revision on the public portal: only the latest revision of an LKIP that is FINAL now.
 * Its SHA-256 comes first, so a browser that has the file already costs no read of the bytes.
 */
export async function findPublicLkipPdf(
  pemdaCode: string,
  { slug, year, revision }: { slug: string; year: number; revision: number },
): Promise<PublicLkipPdf | null> {
  const [row] = await db.$queryRaw<{ id: string; pemdaId: string; sha256: string }[]>`
    SELECT rv.id, rv."pemdaId", rv.sha256
      FROM "Pemda" p
      JOIN "PerangkatDaerah" o ON o."pemdaId" = p.id AND o.slug = ${slug}
      JOIN "LaporanKinerja" l ON l."pemdaId" = p.id AND l."opdId" = o.id AND l.year = ${year} AND l.status = 'FINAL'
      JOIN "LkipRevision" rv ON rv."pemdaId" = p.id AND rv."laporanId" = l.id AND rv.revision = ${revision}
     WHERE p.code = ${pemdaCode}
       AND NOT EXISTS (SELECT 1 FROM "LkipRevision" later
                        WHERE later."pemdaId" = p.id AND later."laporanId" = l.id AND later.revision > rv.revision)`;
  if (!row) return null;
  return {
    sha256: row.sha256,
    load: async () =>
      (
        await db.lkipRevision.findFirstOrThrow({
          where: { pemdaId: row.pemdaId, id: row.id },
          select: { pdf: true },
        })
      ).pdf,
  };
}
