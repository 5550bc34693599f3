"use client";
import { useId, useState, type DragEvent } from "react";
import type { AttachmentMessages } from "@/lib/attachments/messages";

// What the file dialog offers first; the server decides from the content whatever is chosen.
const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.heic,.txt,.csv,.md,.eml,.msg";

/**
 * Where files are dropped or chosen: a real `<input type="file" multiple>` with its label (keyboard
 * and screen readers use it as any file field), inside an area that also takes dropped files.
 */
export function DropZone({ t, maxMb, onFiles }: { t: AttachmentMessages; maxMb: number; onFiles: (files: File[]) => void }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    onFiles(Array.from(event.dataTransfer.files));
  };
  return (
    <div
      data-testid="files-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`rounded-md border-2 border-dashed p-4 text-center focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-blue-700 ${over ? "border-blue-700 bg-blue-50" : "border-gray-300"}`}
    >
      <p className="text-sm font-medium text-gray-900">{t.dropTitle}</p>
      <label htmlFor={id} className="mt-2 inline-flex cursor-pointer items-center rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50">
        {t.chooseFiles}
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby={`${id}-hint`}
        className="sr-only"
        onChange={(event) => {
          onFiles(Array.from(event.target.files ?? []));
          event.target.value = "";
        }}
      />
      <p id={`${id}-hint`} className="mt-2 text-xs text-gray-800">{t.dropHint(maxMb)}</p>
    </div>
  );
}
