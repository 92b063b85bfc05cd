import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: resvg is a native addon, react-pdf and pg bring their own files.
  serverExternalPackages: ["@react-pdf/renderer", "@resvg/resvg-js", "pg"],
  typedRoutes: false,
  poweredByHeader: false,
  // Server actions carry uploaded files as base64: a bukti dukung of at most 25 MiB is 33,4 MiB; the limit
  // leaves room to answer a slightly larger one with its own message, and refuses more before it is buffered.
  experimental: { serverActions: { bodySizeLimit: "36mb" }, proxyClientMaxBodySize: "36mb" },
  async headers() {
    const headers = Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value }));
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
