export const sv = {
  title: "Filer och bevis",
  intro: "Dokument som visar vad som är gjort: beslut, rapporter, intyg, skärmbilder.",
  empty: "Inga filer ännu.",
  downloadLabel: (name: string) => `Ladda ner ${name}`,
  remove: "Ta bort",
  removeLabel: (name: string) => `Ta bort ${name}`,
  confirmRemove: (name: string) => `Ta bort filen ${name}? Ändringsloggen behåller namn, storlek och kontrollsumma.`,
  removed: (name: string) => `${name} är borttagen.`,
  dropTitle: "Dra filer hit eller välj filer",
  chooseFiles: "Välj filer",
  dropHint: (maxMb: number) => `PDF, Office- och OpenDocument-filer, bilder, text, CSV och e-post. Högst ${maxMb} MB per fil.`,
  uploading: (name: string, percent: number) => `Laddar upp ${name}: ${percent} %`,
  uploaded: (name: string) => `${name} är uppladdad.`,
  failed: (name: string, reason: string) => `${name}: ${reason}`,
  progressLabel: (name: string) => `Uppladdning av ${name}`,
  networkError: "Anslutningen bröts. Försök igen.",
};

export type AttachmentMessages = typeof sv;
