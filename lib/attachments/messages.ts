import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type AttachmentMessages } from "./messages.sv";

export type { AttachmentMessages };

export const attachmentMessages: Localized<AttachmentMessages> = { sv, en };
