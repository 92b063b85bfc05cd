import { readdirSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { demoAccounts, setAccount, signIn } from "./sign-in";
import { expect, test } from "./test";

/** Route handlers anyone may call: the public check of a verification code, the portal's FINAL LKIP. */
const publicRoutes = new Set(["/verifikasi/[kode]/cek", "/publik/[kode]/lkip/[berkas]"]);

/** Every route handler under app/, as the URL a user would request (demo OPD-year, placeholder ids). */
function routeHandlers(): string[] {
  const app = path.join(process.cwd(), "app");
  return readdirSync(app, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => `/${path.dirname(file).split(path.sep).join("/")}`)
    .filter((route) => !publicRoutes.has(route))
    .sort();
}

const urlOf = (route: string) =>
  route
    .replace("[slug]", "dinsos-serang")
    .replace("[tahun]", "2022")
    .replace(/\[[^\]]+\]/g, "tidak-ada");

const statusAndPlace = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url, { maxRedirects: 0 });
  return [response.status(), response.headers()["location"] ?? null];
};

test("every route handler sends a temporary password to /akun and a deactivated account to /masuk, never a file", async ({
  page,
}) => {
  const routes = routeHandlers();
  expect(routes).toEqual(expect.arrayContaining(["/opd/[slug]/[tahun]/lkip.pdf", "/admin/audit.xlsx"]));
  for (const route of routes) {
    const email = route.startsWith("/admin") ? demoAccounts.admin : demoAccounts.kepala;
    const url = urlOf(route);
    await signIn(page, email);
    const request = page.request;
    // Signed in as an account that may read it, the route answers itself (a file, or 404 for a made-up
    // id): the redirects below come from the gate, not from a missing right.
    expect((await statusAndPlace(request, url))[0], url).not.toBe(307);
    // Either way the file's own path goes along, to be fetched once the way is clear.
    const back = encodeURIComponent(url);
    await setAccount(email, { mustChangePassword: true });
    expect(await statusAndPlace(request, url), url).toEqual([307, `/akun?ke=${back}`]);
    await setAccount(email, { mustChangePassword: false, active: false });
    expect(await statusAndPlace(request, url), url).toEqual([307, `/masuk?ke=${back}`]);
    await setAccount(email, { active: true });
  }
});
