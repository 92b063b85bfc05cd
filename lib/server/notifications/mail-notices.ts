import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { Notice } from "./notify";

/**
 * Sends the notices by e-mail when SMTP_URL is set; called after the transaction committed, so a mail is
 * never sent for a change that was rolled back. A failure is logged and never fails the change.
 */
export async function mailNotices(notices: readonly Notice[]): Promise<void> {
  if (!env.SMTP_URL || notices.length === 0) return;
  try {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    for (const notice of notices) {
      await transport.sendMail({
        from: env.SMTP_FROM,
        to: { name: notice.name, address: notice.email },
        subject: `[SAKIP] ${notice.title}`,
        text: `${notice.title}\n\n${new URL(notice.href, env.PUBLIC_BASE_URL).toString()}\n`,
      });
    }
    transport.close();
  } catch (error) {
    console.error("Notifikasi e-mail gagal dikirim:", error);
  }
}
