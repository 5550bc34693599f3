import type { AttachmentMessages } from "./messages.sv";

export const en: AttachmentMessages = {
  title: "Files and evidence",
  intro: "Documents that show what has been done: decisions, reports, certificates, screenshots.",
  empty: "No files yet.",
  downloadLabel: (name) => `Download ${name}`,
  remove: "Delete",
  removeLabel: (name) => `Delete ${name}`,
  confirmRemove: (name) => `Delete the file ${name}? The change log keeps its name, size and checksum.`,
  removed: (name) => `${name} has been deleted.`,
  dropTitle: "Drag files here or choose files",
  chooseFiles: "Choose files",
  dropHint: (maxMb) => `PDF, Office and OpenDocument files, images, text, CSV and e-mail. At most ${maxMb} MB per file.`,
  uploading: (name, percent) => `Uploading ${name}: ${percent} %`,
  uploaded: (name) => `${name} has been uploaded.`,
  failed: (name, reason) => `${name}: ${reason}`,
  progressLabel: (name) => `Upload of ${name}`,
  networkError: "The connection was lost. Try again.",
};
