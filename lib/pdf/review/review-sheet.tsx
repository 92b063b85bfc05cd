import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ReviewSheet } from "@/lib/lkip/review-sheet";
import { registerLkipFonts } from "../lkip/fonts";
import { styles } from "../lkip/styles";

function Section({ title, empty, children }: { title: string; empty: string | null; children: ReactNode }) {
  return (
    <View>
      <View wrap={false} minPresenceAhead={40}>
        <Text style={styles.h2}>{title}</Text>
      </View>
      {empty ? <Text style={styles.paragraph}>{empty}</Text> : children}
    </View>
  );
}

/** The review sheet as a small PDF in the LKIP's embedded font, page-numbered. */
export function ReviewSheetPdf({ sheet }: { sheet: ReviewSheet }) {
  return (
    <Document title={sheet.title} creator="SAKIP" producer="SAKIP" language="id-ID">
      <Page size="A4" style={[styles.page, { paddingTop: 40 }]} wrap>
        <Text style={styles.h1}>{sheet.title}</Text>
        <Text style={styles.paragraph}>{sheet.subtitle}</Text>
        <Text style={[styles.paragraph, { color: "#475569" }]}>{sheet.generated}</Text>
        <Section
          title={`Temuan pemeriksaan data (${sheet.findings.length})`}
          empty={sheet.findings.length === 0 ? "Tidak ada temuan: semua angka saling cocok." : null}
        >
          <Text style={styles.paragraph}>{sheet.findingCounts}</Text>
          {sheet.findings.map((f, i) => (
            <View key={i}>
              <View wrap={false} minPresenceAhead={30}>
                <Text style={{ fontWeight: "bold" }}>{`${i + 1}. ${f.severity} — ${f.kind}`}</Text>
              </View>
              {f.items.map((item, j) => (
                <View key={j} style={styles.finding} wrap={false}>
                  <Text>{item.where}</Text>
                  <Text style={{ color: "#334155" }}>{item.message}</Text>
                </View>
              ))}
            </View>
          ))}
        </Section>
        <Section
          title={`Catatan reviu (${sheet.notes.length})`}
          empty={sheet.notes.length === 0 ? "Belum ada catatan reviu." : null}
        >
          {sheet.notes.map((note, i) => (
            <View key={i} style={styles.finding} wrap={false}>
              <Text style={{ fontWeight: "bold" }}>{`${i + 1}. ${note.about} — status: ${note.status}`}</Text>
              <Text>{note.body}</Text>
              <Text style={{ color: "#475569" }}>{note.by}</Text>
              {note.replies.map((reply, j) => (
                <View key={j} style={{ marginLeft: 12, marginTop: 3 }}>
                  <Text>{`Balasan: ${reply.body}`}</Text>
                  <Text style={{ color: "#475569" }}>{reply.by}</Text>
                </View>
              ))}
            </View>
          ))}
        </Section>
        {sheet.finalNote && (
          <Section title="Alasan penetapan final" empty={null}>
            <Text style={styles.paragraph}>{sheet.finalNote}</Text>
          </Section>
        )}
        <Text
          fixed
          style={{
            position: "absolute",
            bottom: 20,
            left: 50,
            right: 50,
            fontSize: 7.5,
            color: "#475569",
            textAlign: "right",
          }}
          render={({ pageNumber, totalPages }) => `Halaman ${pageNumber} dari ${totalPages}`}
        />
      </Page>
    </Document>
  );
}

export async function renderReviewSheetPdf(sheet: ReviewSheet): Promise<Buffer> {
  registerLkipFonts();
  return renderToBuffer(<ReviewSheetPdf sheet={sheet} />);
}
