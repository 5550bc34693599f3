import { ForbiddenNotice } from "@/components/ui/ForbiddenNotice";

/** Rendered with HTTP 403, inside the signed-in layout, when a page calls forbidden(). */
export default function ForbiddenPage() {
  return <ForbiddenNotice />;
}
