const browsers: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\//, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrom(e|ium)\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const systems: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X/, "macOS"],
  [/Linux/, "Linux"],
];

/** "Chrome di Windows" from a User-Agent header, for the list of a user's sessions. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Peramban tidak diketahui";
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1] ?? "Peramban lain";
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  return system ? `${browser} di ${system}` : browser;
}
