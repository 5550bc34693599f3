/**
 * Why a spreadsheet was refused while it was read: `reason` is one of "rows", "columns", "cells",
 * "cell", "size" or "unreadable"; the server turns it into a Swedish message (lib/import/parse.ts).
 */
export class SheetError extends Error {
  constructor(reason, detail = {}) {
    super(`sheet: ${reason}`);
    this.reason = reason;
    this.detail = detail;
  }
}
