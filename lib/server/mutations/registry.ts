import "server-only";
import { changePassword } from "../account/change-password";
import { saveIndikator } from "../indicators/save-indikator";
import { saveTargetIndikator } from "../indicators/save-target-indikator";
import { transitionLaporan } from "../laporan/transition-laporan";
import { saveNarrative } from "../narrative/save-narrative";
import { createBidang } from "../opd-admin/create-bidang";
import { createOpd } from "../opd-admin/create-opd";
import { signPerjanjianKinerja } from "../pk/sign-perjanjian-kinerja";
import { recordTargetRevision } from "../revisions/record-target-revision";
import { saveRealisasiAnggaran } from "../realisasi/save-realisasi-anggaran";
import { saveRealisasiGrid } from "../realisasi/save-realisasi-grid";
import { saveRencanaAksi } from "../rencana-aksi/save-rencana-aksi";
import { deleteRealisasiEntry } from "../realisasi/delete-realisasi-entry";
import { createReviewNote } from "../review/create-review-note";
import { replyReviewNote } from "../review/reply-review-note";
import { setReviewNoteStatus } from "../review/set-review-note-status";
import { markNotificationsRead } from "../notifications/mark-notifications-read";
import { updateCalcSettings } from "../settings/update-calc-settings";
import { copyStructureYear } from "../structure/copy-structure-year";
import { deleteStructureItem } from "../structure/delete-structure-item";
import { saveKegiatan } from "../structure/save-kegiatan";
import { saveProgram } from "../structure/save-program";
import { saveRekening } from "../structure/save-rekening";
import { saveRenstraItem } from "../structure/save-renstra-item";
import { saveSubKegiatan } from "../structure/save-sub-kegiatan";
import { endSession } from "../sessions/end-session";
import { endUserSessions } from "../sessions/end-user-sessions";
import { createUser } from "../users/create-user";
import { resetPassword } from "../users/reset-password";
import { setUserActive } from "../users/set-user-active";
import { updateUser } from "../users/update-user";
import { startYear } from "../laporan/start-year";
import { importWorkbook } from "../xlsx/import-workbook";
import { deleteAttachment } from "../profile/delete-attachment";
import { saveDayaDukung } from "../profile/save-daya-dukung";
import { savePaguIndikatif } from "../profile/save-pagu-indikatif";
import { savePemdaHead } from "../profile/save-pemda-head";
import { saveSigning } from "../profile/save-signing";
import { uploadAttachment } from "../profile/upload-attachment";
import { uploadPemdaLogo } from "../profile/upload-pemda-logo";
import { copyLkeReferenceMutation } from "../lke/copy-lke-reference";
import { saveLkeAnswer, saveLkeScore } from "../lke/save-lke-jawaban";
import { saveLkeKriteria } from "../lke/save-lke-kriteria";
import { deleteBukti } from "../bukti/delete-bukti";
import { uploadBukti } from "../bukti/upload-bukti";

/**
 * Every use case that changes data. Server actions are only these (serverAction(mutation)), and the
 * permission-matrix test walks this list: a mutation added without a rule there fails it.
 */
export const mutations = {
  [changePassword.name]: changePassword,
  [transitionLaporan.name]: transitionLaporan,
  [signPerjanjianKinerja.name]: signPerjanjianKinerja,
  [recordTargetRevision.name]: recordTargetRevision,
  [saveRealisasiAnggaran.name]: saveRealisasiAnggaran,
  [saveRealisasiGrid.name]: saveRealisasiGrid,
  [deleteRealisasiEntry.name]: deleteRealisasiEntry,
  [saveRencanaAksi.name]: saveRencanaAksi,
  [createReviewNote.name]: createReviewNote,
  [replyReviewNote.name]: replyReviewNote,
  [setReviewNoteStatus.name]: setReviewNoteStatus,
  [markNotificationsRead.name]: markNotificationsRead,
  [updateCalcSettings.name]: updateCalcSettings,
  [createUser.name]: createUser,
  [updateUser.name]: updateUser,
  [setUserActive.name]: setUserActive,
  [resetPassword.name]: resetPassword,
  [startYear.name]: startYear,
  [endSession.name]: endSession,
  [endUserSessions.name]: endUserSessions,
  [createOpd.name]: createOpd,
  [createBidang.name]: createBidang,
  [saveProgram.name]: saveProgram,
  [saveKegiatan.name]: saveKegiatan,
  [saveSubKegiatan.name]: saveSubKegiatan,
  [saveRekening.name]: saveRekening,
  [saveRenstraItem.name]: saveRenstraItem,
  [deleteStructureItem.name]: deleteStructureItem,
  [copyStructureYear.name]: copyStructureYear,
  [saveIndikator.name]: saveIndikator,
  [saveTargetIndikator.name]: saveTargetIndikator,
  [saveNarrative.name]: saveNarrative,
  [importWorkbook.name]: importWorkbook,
  [saveDayaDukung.name]: saveDayaDukung,
  [savePaguIndikatif.name]: savePaguIndikatif,
  [saveSigning.name]: saveSigning,
  [uploadAttachment.name]: uploadAttachment,
  [deleteAttachment.name]: deleteAttachment,
  [savePemdaHead.name]: savePemdaHead,
  [uploadPemdaLogo.name]: uploadPemdaLogo,
  [saveLkeAnswer.name]: saveLkeAnswer,
  [saveLkeScore.name]: saveLkeScore,
  [saveLkeKriteria.name]: saveLkeKriteria,
  [copyLkeReferenceMutation.name]: copyLkeReferenceMutation,
  [uploadBukti.name]: uploadBukti,
  [deleteBukti.name]: deleteBukti,
};
