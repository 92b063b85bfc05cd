import { Text, View } from "@react-pdf/renderer";
import { Lines } from "./lines";
import type { LkipRow, LkipTable } from "@/lib/lkip/document-model";
import { styles } from "../styles";
import { PageMarker } from "./page-marker";

function Row({ table, row, kind }: { table: LkipTable; row: LkipRow; kind: "head" | "body" | "total" }) {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const rowStyle = kind === "total" ? styles.totalRow : row.style === "parent" ? styles.parentRow : undefined;
  return (
    <View style={[styles.row, rowStyle ?? {}]} wrap={false}>
      {table.columns.map((column, index) => (
        <Lines
          key={index}
          text={row.cells[index] ?? ""}
          style={[
            styles.cell,
            {
              width: `${(column.width / total) * 100}%`,
              textAlign: kind === "head" ? "center" : column.align,
            },
            kind === "head" ? styles.headCell : {},
            index === (table.indent ?? 0) && row.depth ? { paddingLeft: 3 + row.depth * 7 } : {},
          ]}
        />
      ))}
    </View>
  );
}

/** A table this short is kept whole on one page with its title. */
export const SMALL_TABLE_ROWS = 12;

/**
 * A table that may break across pages: its title stays with the header and first rows
 * (minPresenceAhead), the header repeats on every page (fixed), rows never split, and the last row
 * travels with the total so no page ends or starts with a lone total. A small table is never split
 * (its header then not fixed: fixed inside wrap={false} breaks, react-pdf #2694).
 */
export function PdfTable({ table, onTitle }: { table: LkipTable; onTitle: (pageNumber: number) => void }) {
  const head: LkipRow = { cells: table.columns.map((c) => c.header) };
  if (table.rows.length <= SMALL_TABLE_ROWS)
    return (
      <View wrap={false}>
        <PageMarker onPage={onTitle} />
        <Lines style={styles.tableTitle} text={`${table.number}\n${table.title}`} />
        <View style={styles.table}>
          <Row table={table} row={head} kind="head" />
          {table.rows.map((row, index) => (
            <Row key={index} table={table} row={row} kind="body" />
          ))}
          {table.total && <Row table={table} row={table.total} kind="total" />}
        </View>
        {table.note && <Text style={styles.tableNote}>{table.note}</Text>}
      </View>
    );
  const rows = table.total ? table.rows.slice(0, -1) : table.rows;
  const last = table.total ? table.rows[table.rows.length - 1] : undefined;
  return (
    <View>
      <View wrap={false} minPresenceAhead={70}>
        <PageMarker onPage={onTitle} />
        <Lines style={styles.tableTitle} text={`${table.number}\n${table.title}`} />
      </View>
      <View style={styles.table}>
        <View fixed>
          <Row table={table} row={head} kind="head" />
        </View>
        {rows.map((row, index) => (
          <Row key={index} table={table} row={row} kind="body" />
        ))}
        {table.total && (
          <View wrap={false}>
            {last && <Row table={table} row={last} kind="body" />}
            <Row table={table} row={table.total} kind="total" />
          </View>
        )}
      </View>
      {table.note && <Text style={styles.tableNote}>{table.note}</Text>}
    </View>
  );
}
