import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  serverExternalPackages: ["@react-pdf/renderer", "pg"],
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
