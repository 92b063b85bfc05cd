/**
 * `npm run notify`: writes the late-entry reminders due now (idempotent: run it daily or hourly from cron
 * or a systemd timer; a second run the same day writes nothing) and mails them when SMTP_URL is set.
 */
import { resolveDatabaseConfig } from "@/lib/database-config";
import { currentTime } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { generateDueReminders } from "@/lib/server/notifications/generate-reminders";
import { mailNotices } from "@/lib/server/notifications/mail-notices";
import { prepareDatabase } from "./lib/database";

await prepareDatabase(resolveDatabaseConfig());
try {
  const notices = await generateDueReminders(currentTime().now);
  await mailNotices(notices);
  console.log(`${notices.length} pengingat baru ditulis.`);
} finally {
  await db.$disconnect();
}
