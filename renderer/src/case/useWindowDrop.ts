/**
 * Files (and folders) dropped anywhere on the window. Folders are walked through the File System Entry
 * API; items without an entry (some synthetic or cross-app drags) fall back to getAsFile().
 */
import { useEffect, useState } from 'react';

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    out.push(
      await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)),
    );
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns batches; an empty batch means the folder is done.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, out);
  }
}

export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const items = Array.from(dt.items ?? []).filter((i) => i.kind === 'file');
  if (items.length === 0) return Array.from(dt.files ?? []);
  // Entries and files must be taken synchronously, before the event handler returns.
  const pending = items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const out: File[] = [];
  for (const { entry, file } of pending) {
    if (entry?.isDirectory) await walk(entry, out);
    else if (file) out.push(file);
  }
  return out;
}

/**
 * A dialog that takes dropped files itself (the bill import takes a bill) while it is open: the
 * newest one wins over the page's own handler, so a file dropped on the dialog never lands behind it.
 */
interface DropTarget {
  onFiles(files: File[]): void;
  label: string;
}
const targets: DropTarget[] = [];

/** While mounted, files dropped anywhere on the window go to onFiles; label is what the overlay says. */
export function useDropTarget(onFiles: (files: File[]) => void, label: string): void {
  useEffect(() => {
    const target = { onFiles, label };
    targets.push(target);
    return () => {
      targets.splice(targets.indexOf(target), 1);
    };
  }, [onFiles, label]);
}

/** The overlay's words for the current drop target, or null for the page's own. */
export function dropTargetLabel(): string | null {
  return targets.at(-1)?.label ?? null;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Returns whether a file drag is over the window; calls onFiles with what was dropped. */
export function useWindowDrop(onFiles: (files: File[]) => void, enabled = true): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setOver(true);
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer || !hasFiles(e)) return;
      // Without preventDefault the browser would navigate to the dropped file.
      e.preventDefault();
      depth = 0;
      setOver(false);
      void filesFromDrop(e.dataTransfer).then((files) => {
        if (files.length === 0) return;
        const target = targets.at(-1);
        if (target) target.onFiles(files);
        else onFiles(files);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, enabled]);
  return over;
}
