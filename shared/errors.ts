/** The one base class of Docket's own errors: `reason` is what a person reads on the document record. */
export class DocketError extends Error {
  constructor(
    message: string,
    /** Whether trying again later may succeed (throttling, a transient fault), as opposed to bad input. */
    readonly retryable = false,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is not a document Docket can read (wrong format, corrupt, empty, over a limit). */
export class UnreadableDocumentError extends DocketError {}

/** The document has no text layer: it needs OCR before extraction. */
export class NeedsOcrError extends DocketError {}
