import { z } from "zod";
import { AppError } from "../errors";

/** A path id that is not a UUID cannot name anything: 404, like any unknown id. */
export function uuidParam(value: string | undefined): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw new AppError("not_found", "Not found.");
  return parsed.data;
}
