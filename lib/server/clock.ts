import "server-only";
import { env } from "@/lib/env";

/** The present moment for the late-entry list: SAKIP_TEST_NOW when a test pins it (shown on screen), else the real one. */
export function currentTime(): { now: Date; pinned: boolean } {
  return env.SAKIP_TEST_NOW
    ? { now: new Date(env.SAKIP_TEST_NOW), pinned: true }
    : { now: new Date(), pinned: false };
}
