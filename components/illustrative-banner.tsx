/** Shown on every page of a year that holds made-up example data, so nobody mistakes it for a report. */
export function IllustrativeBanner({ year }: { year: number }) {
  return (
    <p
      role="note"
      data-testid="illustrative-banner"
      className="mb-6 rounded-md border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-2 text-sm font-medium text-amber-900 print:border-black"
    >
      DATA CONTOH — angka tahun {year} adalah ilustrasi untuk mencoba aplikasi, bukan data resmi.
    </p>
  );
}
