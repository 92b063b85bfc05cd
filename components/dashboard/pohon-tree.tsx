import Link from "next/link";
import type { PohonNode } from "@/lib/views/pohon-kinerja";
import { PredikatBadge } from "./predikat-badge";

/** The node's level, kode, name and serapan; `linked: false` inside a <summary>, which may hold no link. */
function NodeLine({ node, linked = true }: { node: PohonNode; linked?: boolean }) {
  return (
    <>
      <span className="text-xs uppercase tracking-wide text-slate-500">{node.level}</span>{" "}
      {node.code && <span className="font-mono text-xs text-slate-500">{node.code}</span>}{" "}
      {linked && node.href ? (
        <Link href={node.href} className="font-medium text-emerald-900 hover:underline">
          {node.name}
        </Link>
      ) : (
        <span className="font-medium">{node.name}</span>
      )}
      {node.serapan && (
        <span className="ml-2 whitespace-nowrap text-xs text-slate-600">serapan {node.serapan.text}</span>
      )}
    </>
  );
}

/**
 * The pohon kinerja: every node with its indicators; a node with anything below it folds (<details>,
 * open by default so that it prints open).
 */
export function PohonTree({ nodes, depth = 0 }: { nodes: PohonNode[]; depth?: number }) {
  return (
    <ul className={depth === 0 ? "space-y-3" : "mt-2 space-y-2 border-l-2 border-slate-200 pl-1.5 sm:pl-4"}>
      {nodes.map((node) => {
        const indicators = node.indicators.length > 0 && (
          <ul className="mt-1 space-y-1 text-sm">
            {node.indicators.map((indicator) => (
              <li key={indicator.id} className="break-words">
                {indicator.iku && (
                  <span className="mr-1 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-800">
                    IKU
                  </span>
                )}
                {indicator.name}: target {indicator.target}, realisasi {indicator.realisasi} ·{" "}
                <PredikatBadge capaian={indicator.capaian} />
              </li>
            ))}
          </ul>
        );
        const box = "rounded-md border border-slate-200 bg-white p-1.5 sm:p-2 print:border-slate-400";
        return (
          <li key={node.id} data-level={node.level}>
            {node.children.length === 0 && !indicators ? (
              <div className={`${box} pl-4 sm:pl-5`}>
                <NodeLine node={node} />
              </div>
            ) : (
              <details open className={`pohon-node ${box}`}>
                <summary className="cursor-pointer">
                  <NodeLine node={node} linked={false} />
                </summary>
                {node.href && (
                  <Link href={node.href} className="ml-4 text-sm text-emerald-800 hover:underline">
                    Rincian {node.level.toLowerCase()} {node.code} →
                  </Link>
                )}
                {indicators}
                {node.children.length > 0 && <PohonTree nodes={node.children} depth={depth + 1} />}
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
