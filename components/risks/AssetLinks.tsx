import Link from "next/link";

/** The assets a risk or an analysis concerns, each a link to its page. */
export function AssetLinks({ assets, empty }: { assets: { id: string; name: string }[]; empty: string }) {
  if (assets.length === 0) return <>{empty}</>;
  return (
    <ul>
      {assets.map((asset) => (
        <li key={asset.id}>
          <Link className="text-blue-800 underline" href={`/tillgangar/${asset.id}`}>
            {asset.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
