import { isIP } from "node:net";

/** Set by the app server on every request (scripts/app-server.ts), overwriting whatever the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-sakip-client-address";

const normalize = (address: string) => address.trim().replace(/^::ffff:/, "");

/**
 * The address a request came from. The TCP peer, unless that peer is one of `trustedProxies`: then the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy (entries to its left were written by
 * the client and prove nothing). With no trusted proxy, X-Forwarded-For is ignored entirely.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedProxies,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: readonly string[];
}): string {
  const peer = normalize(socketAddress ?? "");
  if (!trustedProxies.includes(peer)) return peer || "unknown";
  const hops = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map(normalize)
    .filter((hop) => isIP(hop) !== 0);
  for (const hop of hops.reverse()) if (!trustedProxies.includes(hop)) return hop;
  return peer;
}
