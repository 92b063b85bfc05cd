import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { executeMutation } from "@/lib/server/mutations/define-mutation";
import { mutations } from "@/lib/server/mutations/registry";
import { type AnyMutation, type Regions, setUpRegions } from "./fixtures";

/** The notification e-mails, end to end through a real SMTP server started here. */

type Received = { to: string[]; raw: string };
const received: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});

let fx: Regions;
const settable = env as { SMTP_URL?: string };

beforeAll(async () => {
  fx = await setUpRegions();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  settable.SMTP_URL = undefined;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const createNote = (body: string) =>
  executeMutation(mutations["reviewNote.create"]! as AnyMutation, fx.actors.inspektoratA, {
    laporanId: fx.a.dinsos.laporanId,
    entity: "LaporanKinerja",
    entityId: fx.a.dinsos.laporanId,
    body,
  });

describe("notification e-mail", () => {
  it("sends nothing while SMTP_URL is unset", async () => {
    settable.SMTP_URL = undefined;
    expect(await createNote("Tanpa surel.")).toMatchObject({ ok: true });
    expect(received).toEqual([]);
  });

  it("mails each addressed user after the change committed, with an Indonesian subject", async () => {
    settable.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    expect(await createNote("Lengkapi bukti dukung.")).toMatchObject({ ok: true });
    const to = received.flatMap((mail) => mail.to).sort();
    expect(to).toEqual([
      "kepala.dinsos@sakip.demo",
      "perencana.dinsos@sakip.demo",
      "perencana.linjamsos@sakip.demo",
      "perencana.rehsos@sakip.demo",
    ]);
    const kepala = received.find((mail) => mail.to.includes("kepala.dinsos@sakip.demo"))!;
    // Unfolded as RFC 5322 says: a line break before whitespace continues the header.
    const headers = kepala.raw.replace(/\r\n(?=[ \t])/g, "");
    expect(headers).toContain(
      "Subject: [SAKIP] Catatan reviu baru untuk Dinas Sosial Kabupaten Serang 2022: Seluruh OPD tahun 2022\r\n",
    );
    expect(kepala.raw).toContain("/opd/dinsos-serang/2022/catatan#catatan-");
  });

  it("logs a failed delivery and keeps the change", async () => {
    settable.SMTP_URL = "smtp://127.0.0.1:1";
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = received.length;
    expect(await createNote("Server surel mati.")).toMatchObject({ ok: true });
    expect(logged).toHaveBeenCalledWith("Notifikasi e-mail gagal dikirim:", expect.anything());
    expect(received).toHaveLength(before);
    logged.mockRestore();
  });
});
