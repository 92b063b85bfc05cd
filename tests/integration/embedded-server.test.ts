import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { embeddedServerState } from "@/scripts/lib/database";

// The server the tests run on stands in for "the embedded server on the port": its data directory is
// this checkout's in one case and another checkout's in the other.
const server = inject("databaseServer");
const config = { ...server, database: "postgres" };

async function dataDirectory(): Promise<string> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return (await client.query<{ data_directory: string }>("SHOW data_directory")).rows[0]!.data_directory;
  } finally {
    await client.end();
  }
}

describe("the embedded server check", () => {
  it("accepts the server whose data directory is this checkout's", async () => {
    expect(await embeddedServerState(config, await dataDirectory())).toBe("OURS");
  });

  it("refuses, naming both directories, a server of another checkout on the port", async () => {
    const ours = "/srv/checkout-kedua/.data/postgres";
    await expect(embeddedServerState(config, ours)).rejects.toThrow(
      new RegExp(
        `Port ${config.port} sudah dipakai PostgreSQL tertanam milik checkout lain \\(data di .+\\), bukan milik checkout ini \\(${ours}\\)`,
      ),
    );
  });

  it("reports no server where nothing answers", async () => {
    expect(await embeddedServerState({ ...config, port: 1 }, "/tmp/tidak-ada")).toBe("NONE");
  });
});
