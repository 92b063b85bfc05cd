import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { isDatabaseUnreachable, isUniqueViolation } from "@/lib/server/database-errors";
import { createPrismaClient } from "@/lib/server/prisma-client";

const errorOf = (run: () => Promise<unknown>) =>
  run().then(
    () => {
      throw new Error("expected the statement to fail");
    },
    (caught: unknown) => caught,
  );

describe("errors of a real PostgreSQL, classified", () => {
  it("a server that does not answer is unreachable (sign-in then says the service is unavailable)", async () => {
    const down = createPrismaClient({
      host: "127.0.0.1",
      port: 1,
      user: "postgres",
      password: "x",
      database: "postgres",
    });
    const caught = await errorOf(() => down.user.findFirst());
    expect(isDatabaseUnreachable(caught)).toBe(true);
    expect(isUniqueViolation(caught)).toBe(false);
    await down.$disconnect();
  });

  it("a duplicate key is a unique violation from the query builder and from a raw insert alike", async () => {
    const pemda = await db.pemda.create({
      data: { code: "uji-unik", name: "Kabupaten Uji", kind: "KABUPATEN" },
    });
    const viaBuilder = await errorOf(() =>
      db.pemda.create({ data: { code: "uji-unik", name: "Lagi", kind: "KABUPATEN" } }),
    );
    const viaRaw = await errorOf(
      () => db.$executeRaw`INSERT INTO "Pemda" (id, code, name, kind, "updatedAt")
        VALUES ('lain', 'uji-unik', 'Lagi', 'KABUPATEN', now())`,
    );
    expect([isUniqueViolation(viaBuilder), isUniqueViolation(viaRaw)]).toEqual([true, true]);
    expect(isDatabaseUnreachable(viaRaw)).toBe(false);
    await db.pemda.delete({ where: { id: pemda.id } });
  });
});
