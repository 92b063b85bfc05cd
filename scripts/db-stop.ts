/** `npm run db:stop`: stops the embedded PostgreSQL that the other commands start and leave running. */
import { stopEmbeddedPostgres } from "./lib/database";

stopEmbeddedPostgres();
