import type { IkuRow } from "./opd-dashboard";

/** One FINAL LKIP on the public portal: what its PDF and verification page say, and its IKU capaian. */
export type PublicLkip = {
  year: number;
  revision: number;
  /** The verification code printed in the PDF. */
  code: string;
  sha256: string;
  pageCount: number;
  finalisedAt: Date;
  /** Null when the revision was frozen before its results were kept (or in an older shape). */
  iku: IkuRow[] | null;
};

export type PublicPortal = {
  pemda: { code: string; name: string };
  opds: { slug: string; name: string; lkip: PublicLkip[] }[];
};

/** The saved name and the last part of the download URL of a FINAL revision's PDF. */
export const publicLkipFilename = (slug: string, year: number, revision: number): `${string}.pdf` =>
  `LKIP-${slug}-${year}-final-r${revision}.pdf`;

export const publicLkipPath = (pemdaCode: string, slug: string, year: number, revision: number) =>
  `/publik/${encodeURIComponent(pemdaCode)}/lkip/${publicLkipFilename(slug, year, revision)}`;

/** The OPD, year and revision a download name asks for, or null for a name this portal never hands out. */
export function parsePublicLkipFilename(
  name: string,
): { slug: string; year: number; revision: number } | null {
  const match = /^LKIP-([a-z0-9-]+)-(\d{4})-final-r([1-9]\d{0,4})\.pdf$/.exec(name);
  return match ? { slug: match[1]!, year: Number(match[2]), revision: Number(match[3]) } : null;
}
