import { AppError, forbidden, notFound } from "../errors";

// What the person holding an accept link is told; each state has its own code for the page.
export const invitationNotFound = () =>
  notFound("Inbjudningslänken är ogiltig. Kontrollera att hela länken kom med, eller be administratören om en ny inbjudan.");
export const invitationExpired = () =>
  new AppError(400, "invitation_expired", "Inbjudan har gått ut. Be organisationens administratör om en ny inbjudan.");
export const invitationUsed = () =>
  new AppError(400, "invitation_used", "Inbjudan har redan använts. Logga in för att komma åt organisationen.");
export const invitationForOtherAccount = () =>
  forbidden("Inbjudan gäller en annan e-postadress. Logga ut och logga in med den e-postadress som bjöds in.");
export const accountExists = () =>
  new AppError(409, "account_exists", "Det finns redan ett konto med den här e-postadressen. Logga in med det för att acceptera inbjudan.");
