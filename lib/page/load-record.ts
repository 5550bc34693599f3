import { notFound } from "next/navigation";
import { AppError } from "../errors";

/** The props of a detail page under a `[id]` route segment. */
export interface RecordPageProps {
  params: Promise<{ id: string }>;
}

/**
 * The record a detail page shows, by the route's id. The domain layer answers like the API: a 404
 * (no such record in this organisation) becomes Next's not-found page; a 403 (the role may not see
 * this record) becomes null, so the page renders <Forbidden/>; anything else is a real error.
 */
export async function loadRecord<T>(params: RecordPageProps["params"], load: (id: string) => Promise<T>): Promise<T | null> {
  const { id } = await params;
  try {
    return await load(id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    if (error instanceof AppError && error.status === 403) return null;
    throw error;
  }
}
