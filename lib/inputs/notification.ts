import { z } from "@/lib/inputs/zod";
import { recordId } from "./fields";

/** One notification marked read, or (without an id) all of the user's. */
export const markNotificationsReadInput = z.object({ notificationId: recordId.optional() });
