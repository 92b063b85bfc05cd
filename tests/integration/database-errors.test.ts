import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { isDatabaseUnreachable, isDeadlock, isUniqueViolation } from "@/lib/server/database-errors";
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

  it("two transactions locking two rows in opposite orders: the one PostgreSQL aborts is a deadlock", async () => {
    const [a, b] = await Promise.all(
      ["uji-kunci-a", "uji-kunci-b"].map((code) =>
        db.pemda.create({ data: { code, name: code, kind: "KABUPATEN" } }),
      ),
    );
    // Each takes its first row, waits until the other holds its own, then asks for the other's.
    let holding = 0;
    const bothHold = async () => {
      holding++;
      while (holding < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    const lockInOrder = (first: string, second: string) =>
      db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Pemda" SET name = name WHERE id = ${first}`;
        await bothHold();
        await tx.$executeRaw`UPDATE "Pemda" SET name = name WHERE id = ${second}`;
      });
    const outcomes = await Promise.allSettled([lockInOrder(a!.id, b!.id), lockInOrder(b!.id, a!.id)]);
    const failures = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(failures).toHaveLength(1);
    expect(isDeadlock(failures[0])).toBe(true);
    expect(isUniqueViolation(failures[0])).toBe(false);
  });
});
