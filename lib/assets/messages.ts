import type { Localized } from "../i18n/locale";
import { en } from "./messages.en";
import { sv, type AssetMessages } from "./messages.sv";

export type { AssetMessages };

export const assetMessages: Localized<AssetMessages> = { sv, en };
