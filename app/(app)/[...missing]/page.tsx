import { notFound } from "next/navigation";

// An address no route matches still gets the 404 page inside the app's own layout.
export default function MissingPage(): never {
  notFound();
}
