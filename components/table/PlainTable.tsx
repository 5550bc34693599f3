import type { ReactNode } from "react";

/**
 * A small table of a few rows with actions per row (pending invitations, API keys), where DataTable's
 * paging and sorting would be noise: caption for screen readers, a header row, the rows as children.
 */
export function PlainTable({ caption, headers, children }: { caption: string; headers: ReactNode[]; children: ReactNode }) {
  return (
    <table className="min-w-full divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-gray-50 text-left">
        <tr>
          {headers.map((header, index) => (
            <th key={index} scope="col" className="px-3 py-2">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-100">{children}</tbody>
    </table>
  );
}
