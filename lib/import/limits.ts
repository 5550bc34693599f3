/** What one import may hold; the worker stops at the first limit it passes (lib/import/sheet.worker.mjs). */
export interface SheetLimits {
  /** Non-empty data rows (the header row not counted). */
  maxRows: number;
  /** Row elements of any kind, empty ones included: bounds the work on a sheet of blank rows. */
  maxRowElements: number;
  /** The last non-empty column of any row. */
  maxColumns: number;
  /** Cells of all non-empty rows together, up to each row's last non-empty cell. */
  maxCells: number;
  /** Characters in one cell: Excel's own limit. */
  maxCellChars: number;
  /** Bytes inflated from the .xlsx zip, all parts together: counted while inflating, never read from headers. */
  maxInflatedBytes: number;
  /** Time and heap of the worker thread that reads the file; past them it is stopped. */
  maxMillis: number;
  maxHeapMb: number;
}

/** One non-empty row with its row (or CSV record) number in the file; the header is row 1. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxRows: 20_000,
  maxRowElements: 100_000,
  maxColumns: 200,
  maxCells: 1_000_000,
  maxCellChars: 32_767,
  maxInflatedBytes: 64 * 1024 * 1024,
  maxMillis: 30_000,
  maxHeapMb: 256,
};
