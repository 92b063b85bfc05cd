import { compareLkipFile } from "@/lib/server/lkip/verify-lkip";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A PDF far larger than any LKIP is not read. */
const MAX_BYTES = 25 * 1024 * 1024;

/** Public: compares an uploaded PDF's SHA-256 with the FINAL revision of the code, then shows the answer. */
export async function POST(request: Request, { params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  const back = (hasil: string) =>
    new Response(null, {
      status: 303,
      headers: { Location: `/verifikasi/${encodeURIComponent(kode)}?hasil=${hasil}` },
    });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) return back("terlalu-besar");
  const file = (await request.formData().catch(() => null))?.get("berkas");
  if (!(file instanceof File) || file.size === 0) return back("kosong");
  if (file.size > MAX_BYTES) return back("terlalu-besar");
  const result = await compareLkipFile(kode, new Uint8Array(await file.arrayBuffer()));
  return back(result === "COCOK" ? "cocok" : result === "BEDA" ? "beda" : "tidak-dikenal");
}
