/** One run of text as the PDF places it: baseline origin (PDF units, y grows upwards), advance width, font size. */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** Runs sharing a baseline, left to right, already joined into text. */
export interface TextLine {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  /** Font size of the line's dominant text. */
  readonly size: number;
}

export interface PageGeometry {
  readonly width: number;
  readonly height: number;
}

/** A page as lines: the top and bottom bands apart, where running headers and footers live. */
export interface PageLines {
  readonly header: readonly TextLine[];
  readonly body: readonly TextLine[];
  readonly footer: readonly TextLine[];
}
