import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: resvg is a native addon, react-pdf and pg bring their own files.
  serverExternalPackages: ["@react-pdf/renderer", "@resvg/resvg-js", "pg"],
  typedRoutes: false,
  poweredByHeader: false,
  // Spreadsheet imports send the workbook (at most 20 MiB, base64) through a server action.
  experimental: { serverActions: { bodySizeLimit: "30mb" }, proxyClientMaxBodySize: "30mb" },
  async headers() {
    const headers = Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value }));
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
