import { NotFoundNotice } from "@/components/ui/NotFoundNotice";

/** Rendered with HTTP 404, inside the signed-in layout, for a missing record or an unknown address. */
export default function NotFoundPage() {
  return <NotFoundNotice />;
}
