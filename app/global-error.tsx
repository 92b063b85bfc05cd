"use client";

/** A failure of the root layout itself: the same message, in a page of its own. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "sans-serif", padding: "2rem" }}>
        <h1>Terjadi kesalahan pada server</h1>
        <p>Coba lagi sebentar lagi; bila berulang, hubungi administrator dan sebutkan kode rujukan ini.</p>
        {error.digest && <p style={{ fontFamily: "monospace" }}>Kode rujukan: {error.digest}</p>}
      </body>
    </html>
  );
}
