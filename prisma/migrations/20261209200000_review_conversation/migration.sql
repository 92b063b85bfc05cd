-- CreateEnum
CREATE TYPE "ReviewNoteStatus" AS ENUM ('TERBUKA', 'DIJAWAB', 'SELESAI');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('CATATAN', 'BALASAN', 'STATUS_CATATAN', 'ALUR_LKIP', 'LKIP_DIKEMBALIKAN', 'PENGINGAT');

-- AlterTable
ALTER TABLE "ReviewNote" ADD COLUMN     "bidangId" TEXT,
ADD COLUMN     "status" "ReviewNoteStatus" NOT NULL DEFAULT 'TERBUKA',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ReviewReply" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "noteId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "pemdaId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "key" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewReply_pemdaId_noteId_idx" ON "ReviewReply"("pemdaId", "noteId");

-- CreateIndex
CREATE INDEX "Notification_pemdaId_userId_readAt_idx" ON "Notification"("pemdaId", "userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_key_key" ON "Notification"("userId", "key");

-- CreateIndex
CREATE INDEX "ReviewNote_pemdaId_laporanId_status_idx" ON "ReviewNote"("pemdaId", "laporanId", "status");

-- AddForeignKey
ALTER TABLE "ReviewReply" ADD CONSTRAINT "ReviewReply_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "ReviewNote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewReply" ADD CONSTRAINT "ReviewReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

