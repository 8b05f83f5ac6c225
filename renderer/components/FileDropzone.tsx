import { useState, type RefObject } from 'react';

/**
 * Where files are dropped or chosen for an import. The input stays in the page (visually hidden) so that the
 * caller can clear it after a run, letting the same file be chosen again.
 */
export function FileDropzone({
  dropLabel,
  chooseLabel,
  formatsLabel,
  accept,
  multiple = false,
  inputRef,
  onFiles,
  testId,
  inputTestId,
}: {
  dropLabel: string;
  chooseLabel: string;
  formatsLabel: string;
  accept: string;
  multiple?: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onFiles: (files: File[]) => void;
  testId?: string;
  inputTestId: string;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`dropzone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles([...e.dataTransfer.files]);
      }}
      data-testid={testId}
    >
      <p>{dropLabel}</p>
      <label className="btn primary file-button">
        {chooseLabel}
        <input
          ref={inputRef}
          type="file"
          multiple={multiple}
          accept={accept}
          className="sr-only"
          onChange={(e) => onFiles([...(e.target.files ?? [])])}
          data-testid={inputTestId}
        />
      </label>
      <p className="muted small">{formatsLabel}</p>
    </div>
  );
}
