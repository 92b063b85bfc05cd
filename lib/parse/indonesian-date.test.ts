import { describe, expect, it } from "vitest";
import { formatIndonesianDate, parseIndonesianDate } from "./indonesian-date";

describe("parseIndonesianDate", () => {
  it("reads day, month, year with /, - or . between them", () => {
    expect(parseIndonesianDate("31/01/2023", "Tanggal")).toEqual({ ok: true, iso: "2023-01-31" });
    expect(parseIndonesianDate(" 5-2-2023 ", "Tanggal")).toEqual({ ok: true, iso: "2023-02-05" });
    expect(parseIndonesianDate("29.02.2024", "Tanggal")).toEqual({ ok: true, iso: "2024-02-29" });
  });

  it("says how to write a date it cannot read", () => {
    for (const typed of ["2023-01-31", "01/31", "31/01/23", "31 Januari 2023", "12a/01/2023", ""]) {
      expect(parseIndonesianDate(typed, "Dari tanggal")).toEqual({
        ok: false,
        message: `Dari tanggal "${typed.trim()}" tidak dikenali: tulis hari/bulan/tahun, misalnya 31/01/2023`,
      });
    }
  });

  it("refuses a day the calendar does not have, and a year outside the system's", () => {
    expect(parseIndonesianDate("31/02/2023", "Tanggal")).toEqual({
      ok: false,
      message: "Tanggal 31/02/2023 tidak ada di kalender",
    });
    expect(parseIndonesianDate("29/02/2023", "Tanggal")).toMatchObject({ ok: false });
    expect(parseIndonesianDate("01/13/2023", "Tanggal")).toMatchObject({ ok: false });
    expect(parseIndonesianDate("00/01/2023", "Tanggal")).toMatchObject({ ok: false });
    expect(parseIndonesianDate("01/01/1999", "Tanggal")).toEqual({
      ok: false,
      message: "Tanggal: tahun 1999 di luar 2000–2100",
    });
  });
});

describe("formatIndonesianDate", () => {
  it("writes an ISO day as the field shows it, and reads back", () => {
    expect(formatIndonesianDate("2023-01-31")).toBe("31/01/2023");
    expect(parseIndonesianDate(formatIndonesianDate("2024-12-05"), "Tanggal")).toEqual({
      ok: true,
      iso: "2024-12-05",
    });
  });
});
