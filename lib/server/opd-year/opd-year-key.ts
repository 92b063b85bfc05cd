/** One OPD-year as the database addresses it: the region, the OPD and the year. */
export type OpdYearKey = { pemdaId: string; opdId: string; year: number };
