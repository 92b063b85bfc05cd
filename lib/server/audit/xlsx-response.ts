import "server-only";

/** A workbook as a download that no cache keeps. */
export function xlsxResponse({ filename, body }: { filename: string; body: Buffer }): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
