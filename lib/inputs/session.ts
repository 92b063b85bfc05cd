import { z } from "@/lib/inputs/zod";

export const endSessionInput = z.object({ sessionId: z.string().min(1).max(100) });

export const endUserSessionsInput = z.object({ userId: z.string().min(1).max(100) });
