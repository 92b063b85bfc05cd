import "server-only";
import { changePassword } from "../account/change-password";
import { transitionLaporan } from "../laporan/transition-laporan";
import { createBidang } from "../opd-admin/create-bidang";
import { createOpd } from "../opd-admin/create-opd";
import { signPerjanjianKinerja } from "../pk/sign-perjanjian-kinerja";
import { saveRealisasiAnggaran } from "../realisasi/save-realisasi-anggaran";
import { createReviewNote } from "../review/create-review-note";
import { updateCalcSettings } from "../settings/update-calc-settings";
import { createUser } from "../users/create-user";

/**
 * Every use case that changes data. Server actions only call these (through runAsCurrentUser), and the
 * permission-matrix test walks this list: a mutation added without a rule there fails it.
 */
export const mutations = {
  [changePassword.name]: changePassword,
  [transitionLaporan.name]: transitionLaporan,
  [signPerjanjianKinerja.name]: signPerjanjianKinerja,
  [saveRealisasiAnggaran.name]: saveRealisasiAnggaran,
  [createReviewNote.name]: createReviewNote,
  [updateCalcSettings.name]: updateCalcSettings,
  [createUser.name]: createUser,
  [createOpd.name]: createOpd,
  [createBidang.name]: createBidang,
};
