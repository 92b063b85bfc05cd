import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

export const colors = { ink: "#0f172a", muted: "#475569", rule: "#94a3b8", head: "#e2e8f0", parent: "#f1f5f9", accent: "#065f46" };

export const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9.5, color: colors.ink, paddingTop: 56, paddingBottom: 60, paddingHorizontal: 50 },
  header: { position: "absolute", top: 22, left: 50, right: 50, flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: colors.muted, borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingBottom: 3 },
  footer: { position: "absolute", bottom: 16, left: 50, right: 50, flexDirection: "row", alignItems: "center", paddingLeft: 28, minHeight: 27, fontSize: 7.5, color: colors.muted, borderTopWidth: 0.5, borderTopColor: colors.rule, paddingTop: 3 },
  footerCode: { flexGrow: 1 },
  footerQr: { position: "absolute", left: 0, top: 3, width: 22, height: 22 },
  // The layout engine reserves the space of in-flow chrome; the page padding then only frames it.
  pageInLayout: { paddingTop: 22, paddingBottom: 22 },
  headerInFlow: { flexDirection: "row", justifyContent: "space-between", fontSize: 7.5, color: colors.muted, borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingBottom: 3, marginBottom: 16 },
  footerInFlow: { flexDirection: "row", alignItems: "center", fontSize: 7.5, color: colors.muted, borderTopWidth: 0.5, borderTopColor: colors.rule, paddingTop: 3, paddingLeft: 28, minHeight: 27, marginTop: 10 },
  watermark: { position: "absolute", top: "40%", left: 0, right: 0, textAlign: "center", fontSize: 110, fontWeight: "bold", color: "#dc2626", opacity: 0.12, transform: "rotate(-40deg)" },
  h1: { fontSize: 15, fontWeight: "bold", textAlign: "center", marginBottom: 14, color: colors.accent },
  h2: { fontSize: 11.5, fontWeight: "bold", marginTop: 10, marginBottom: 6 },
  h3: { fontSize: 10, fontWeight: "bold", marginTop: 8, marginBottom: 4 },
  // No lineHeight: on the page it hides the fixed footer (react-pdf #3452), on text it spaces lines unevenly.
  paragraph: { marginBottom: 6, textAlign: "justify" },
  note: { marginBottom: 6, padding: 5, borderLeftWidth: 2, borderLeftColor: "#b45309", backgroundColor: "#fffbeb", fontSize: 8.5 },
  missing: { marginBottom: 6, fontStyle: "italic", color: colors.muted },
  listItem: { flexDirection: "row", marginBottom: 3 },
  listMarker: { width: 16 },
  listText: { flex: 1, textAlign: "justify" },
  tableTitle: { fontWeight: "bold", textAlign: "center", marginTop: 6, marginBottom: 4, fontSize: 9 },
  table: { borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: colors.rule, marginBottom: 4 },
  row: { flexDirection: "row" },
  cell: { borderRightWidth: 0.75, borderBottomWidth: 0.75, borderColor: colors.rule, paddingVertical: 2, paddingHorizontal: 3, fontSize: 7.5 },
  headCell: { backgroundColor: colors.head, fontWeight: "bold", textAlign: "center" },
  parentRow: { backgroundColor: colors.parent, fontWeight: "bold" },
  totalRow: { backgroundColor: colors.head, fontWeight: "bold" },
  tableNote: { fontSize: 7, color: colors.muted, marginBottom: 8 },
  signatures: { flexDirection: "row", justifyContent: "space-between", marginTop: 18 },
  signature: { width: "45%", alignItems: "center", textAlign: "center" },
  signatureSpace: { height: 48 },
  tocRow: { flexDirection: "row", marginBottom: 3 },
  tocText: { flex: 1 },
  tocPage: { width: 30, textAlign: "right" },
  finding: { marginBottom: 4, paddingBottom: 3, borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0", fontSize: 8 },
});
