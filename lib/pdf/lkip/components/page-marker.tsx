import { View } from "@react-pdf/renderer";

/**
 * Takes no space; reports the page it lands on. The first render pass collects these pages for the
 * Daftar Isi and Daftar Tabel, which the second pass prints.
 */
export function PageMarker({ onPage }: { onPage: (pageNumber: number) => void }) {
  return (
    <View
      render={({ pageNumber }) => {
        onPage(pageNumber);
        return null;
      }}
    />
  );
}
