/** An error the API answers with its own status and code, in the DESIGN §5 format. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** Values the UI puts into its own wording of `code` (lib/i18n/errors.ts). */
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

/** What a business error's wording needs: counts, names, keys the UI labels itself. */
export type ErrorParams = Record<string, string | number | string[]>;

export const badRequest = (message: string, fields?: Record<string, string[]>) =>
  new AppError(400, "validation_error", message, fields);
export const unauthorized = () => new AppError(401, "unauthorized", "Inloggning krävs.");
export const forbidden = (message = "Din roll får inte göra detta.") => new AppError(403, "forbidden", message);
export const notFound = (message = "Posten finns inte.") => new AppError(404, "not_found", message);
export const conflict = (message = "Posten har ändrats av någon annan. Läs in den igen och gör om ändringen.") =>
  new AppError(409, "conflict", message);
export const duplicate = (message: string) => new AppError(409, "duplicate", message);
export const payloadTooLarge = () => new AppError(413, "payload_too_large", "Förfrågan är för stor.");
export const tooManyRequests = (message = "För många försök. Vänta en stund och försök igen.") =>
  new AppError(429, "too_many_requests", message);
export const crossSiteWrite = () =>
  new AppError(403, "csrf", "Ändringar med inloggningscookie måste komma från appens egen webbplats.");
export const unsupportedMediaType = (message = "Skicka kroppen som application/json.") =>
  new AppError(415, "unsupported_media_type", message);

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]>; params?: ErrorParams };
}
