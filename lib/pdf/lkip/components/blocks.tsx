import { Image, Text, View } from "@react-pdf/renderer";
import {
  listHeadings,
  listTables,
  tableListTitle,
  type LkipBlock,
  type LkipDocument,
} from "@/lib/lkip/document-model";
import type { Line } from "@/lib/narrative/render-narrative";
import { styles } from "../styles";
import { PdfQr, type QrMatrix } from "./qr";
import { PdfChart } from "./chart";
import { imageSource, PdfImage } from "./image";
import { PageMarker } from "./page-marker";
import { PdfTable, SMALL_TABLE_ROWS } from "./table";

/**
 * The page of every heading and table (id → page), written by the markers while the document is
 * paginated and read by the Daftar Isi's render props, which react-pdf resolves again once the total
 * page count is known, after every marker has reported.
 */
export type PageNumbers = Map<string, number>;

/** Room (pt) a heading needs below it on its page, or it moves to the next one with what follows. */
const HEADING_PRESENCE_AHEAD = 60;

const Spans = ({ line }: { line: Line }) => (
  <>
    {line.map((span, i) => (
      <Text key={i} style={span.bold ? { fontWeight: "bold" } : {}}>
        {span.text}
      </Text>
    ))}
  </>
);

function Contents({
  document,
  pages,
  kind,
}: {
  document: LkipDocument;
  pages: PageNumbers;
  kind: "contents" | "tableList";
}) {
  const entries =
    kind === "contents"
      ? listHeadings(document).map((h) => ({ id: h.id, text: h.text, indent: h.level === 1 ? 0 : 14 }))
      : listTables(document).map((t) => ({ id: t.id, text: tableListTitle(t), indent: 0 }));
  return (
    <View>
      {entries.map((entry) => (
        <View key={entry.id} style={[styles.tocRow, { paddingLeft: entry.indent }]} wrap={false}>
          <Text style={styles.tocText}>{entry.text}</Text>
          <Text style={styles.tocPage} render={() => String(pages.get(entry.id) ?? "…")} />
        </View>
      ))}
    </View>
  );
}

export function PdfBlock({
  block,
  document,
  pages,
  qr,
}: {
  block: LkipBlock;
  document: LkipDocument;
  pages: PageNumbers;
  qr: QrMatrix;
}) {
  // The last page reported wins: the layout first tries a heading at the foot of a page, reports that
  // page, then moves it (wrap={false}, minPresenceAhead) to the next one, where it is printed.
  const mark = (id: string) => (page: number) => {
    pages.set(id, page);
  };
  switch (block.kind) {
    case "heading": {
      const style = block.level === 1 ? styles.h1 : block.level === 2 ? styles.h2 : styles.h3;
      return (
        <View wrap={false} minPresenceAhead={HEADING_PRESENCE_AHEAD}>
          <PageMarker onPage={mark(block.id)} />
          <Text style={style}>{block.text}</Text>
        </View>
      );
    }
    case "paragraph":
      return (
        <Text style={[styles.paragraph, block.align === "center" ? { textAlign: "center" } : {}]}>
          {block.text}
        </Text>
      );
    case "narrative":
      return (
        <View>
          {block.blocks.map((b, i) =>
            b.kind === "paragraph" ? (
              // One Text per line: a "\n" would be drawn in Helvetica (see Lines).
              <View key={i} style={styles.paragraph}>
                {b.lines.map((line, j) => (
                  <Text key={j}>
                    <Spans line={line} />
                  </Text>
                ))}
              </View>
            ) : (
              <View key={i} style={{ marginBottom: 6 }}>
                {b.items.map((item, j) => (
                  <View key={j} style={styles.listItem} wrap={false}>
                    <Text style={styles.listMarker}>{b.kind === "bullets" ? "•" : `${b.start + j}.`}</Text>
                    <Text style={styles.listText}>
                      <Spans line={item} />
                    </Text>
                  </View>
                ))}
              </View>
            ),
          )}
        </View>
      );
    case "table":
      return <PdfTable table={block} onTitle={mark(block.id)} />;
    case "chart":
      return <PdfChart chart={block} onTitle={mark(block.id)} />;
    case "image":
      return <PdfImage block={block} onTitle={mark(block.id)} />;
    case "signatures":
      return (
        <View
          style={[styles.signatures, block.signatures.length === 1 ? { justifyContent: "flex-end" } : {}]}
          wrap={false}
        >
          {block.signatures.map((s, i) => (
            <View key={i} style={styles.signature}>
              {s.role && <Text style={{ fontWeight: "bold" }}>{s.role}</Text>}
              {/* Every block keeps the place line, empty or not, so the names of side-by-side blocks align. */}
              <Text>{s.place && s.date ? `${s.place}, ${s.date}` : " "}</Text>
              <Text>{s.title}</Text>
              <View style={styles.signatureSpace} />
              <Text style={{ fontWeight: "bold", textDecoration: "underline" }}>{s.name}</Text>
              {s.rank && <Text>{s.rank}</Text>}
              {s.nip && <Text>{s.nip}</Text>}
            </View>
          ))}
        </View>
      );
    case "contents":
    case "tableList":
      return <Contents document={document} pages={pages} kind={block.kind} />;
    case "cover":
      return (
        <View style={{ alignItems: "center", textAlign: "center", paddingTop: 60 }}>
          {block.lines.map((line, i) => (
            <Text key={i} style={{ fontSize: 22, fontWeight: "bold", color: "#065f46", marginBottom: 4 }}>
              {line}
            </Text>
          ))}
          {block.logo ? (
            // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt
            <Image src={imageSource(block.logo)} style={{ width: 110, marginVertical: 60 }} />
          ) : (
            <View style={{ height: 120 }} />
          )}
          {block.subtitle.map((line, i) => (
            <Text
              key={i}
              style={{ fontSize: i < 2 ? 15 : 10, fontWeight: i < 2 ? "bold" : "normal", marginBottom: 6 }}
            >
              {line}
            </Text>
          ))}
        </View>
      );
    case "verification": {
      const v = document.verification;
      return (
        <View style={{ flexDirection: "row", marginTop: 6 }} wrap={false}>
          <View style={{ marginRight: 14 }}>
            <PdfQr qr={qr} width={90} />
          </View>
          <View style={{ flex: 1 }}>
            <Text style={{ fontWeight: "bold" }}>{`Kode verifikasi: ${v.code ?? "draf"}`}</Text>
            <Text>{`Status dokumen: ${document.status === "FINAL" ? `FINAL, revisi ${v.revision}` : "DRAFT (belum final, tidak dapat diverifikasi)"}`}</Text>
            <Text>{`Dibuat: ${v.generatedAt}${v.generatedBy ? ` oleh ${v.generatedBy}` : ""}`}</Text>
            <Text>{`Periksa keaslian di ${v.url}`}</Text>
            <Text style={{ marginTop: 4, color: "#475569", fontSize: 8 }}>
              Halaman verifikasi menyebut perangkat daerah, tahun, revisi, waktu penetapan dan sidik SHA-256
              berkas ini; unggah berkas PDF di sana untuk mencocokkan sidiknya.
            </Text>
          </View>
        </View>
      );
    }
  }
}

/** A block the layout never splits: a small table, a chart, a picture, the signatures, the verification. */
const unbreakable = (block: LkipBlock) =>
  (block.kind === "table" && block.rows.length <= SMALL_TABLE_ROWS) ||
  ["chart", "image", "signatures", "verification"].includes(block.kind);

/**
 * The blocks of a page run, each heading kept on one page with the unbreakable block after it: a
 * heading's minPresenceAhead sees no content it could keep when what follows cannot be split, and the
 * heading would end a page alone. Headings in a row (a chapter's section, then its first subsection) move
 * as one: two views moved by minPresenceAhead one after the other lose the first at the page foot.
 */
export function PdfBlocks({
  blocks,
  ...rest
}: Omit<Parameters<typeof PdfBlock>[0], "block"> & { blocks: LkipBlock[] }) {
  const groups: LkipBlock[][] = [];
  let headings: LkipBlock[] = [];
  for (const block of blocks) {
    if (block.kind === "heading") {
      headings.push(block);
      continue;
    }
    if (unbreakable(block)) groups.push([...headings, block]);
    else groups.push(...(headings.length > 0 ? [headings] : []), [block]);
    headings = [];
  }
  if (headings.length > 0) groups.push(headings);
  return (
    <>
      {groups.map((group, i) =>
        group.length === 1 ? (
          <PdfBlock key={i} block={group[0]!} {...rest} />
        ) : (
          <View
            key={i}
            wrap={false}
            minPresenceAhead={
              group.every((block) => block.kind === "heading") ? HEADING_PRESENCE_AHEAD : undefined
            }
          >
            {group.map((block, j) => (
              <PdfBlock key={j} block={block} {...rest} />
            ))}
          </View>
        ),
      )}
    </>
  );
}
