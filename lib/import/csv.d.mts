import type { SheetLimits, SheetRow } from "./limits";

export function parseCsv(text: string, limits?: SheetLimits): string[][];
export function readCsv(bytes: Uint8Array, limits: SheetLimits): SheetRow[];
export function decodeCsv(bytes: Uint8Array): string;
