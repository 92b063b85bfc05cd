import type { AuditChange } from "./describe-audit";
import type { PageInfo } from "@/lib/views/page-of-tree";

/** The item an entry is about, by kode and name, with the page that shows it (null: none to link). */
export type AuditItem = { kode: string | null; name: string; href: string | null };

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  user: string;
  action: string;
  entity: string;
  item: AuditItem | null;
  changes: AuditChange[];
  reason: string | null;
};

/** One page of an audit trail, and the users and items its filter offers. */
export type AuditTrail = {
  entries: AuditEntryView[];
  /** The page among all matching entries. */
  page: PageInfo;
  users: { id: string; name: string }[];
  items: { id: string; label: string }[];
};
