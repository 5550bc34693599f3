// The names of a requirement row's controls, shared by the table (server) and the form (client).
export const statusField = (requirementId: string) => `status-${requirementId}`;
export const noteField = (requirementId: string) => `note-${requirementId}`;
