/** A file or string that cannot be read as a working paper. The message says why, for a person. */
export class FormatError extends Error {
  constructor(
    message: string,
    /** A short machine-readable reason: "too-large", "not-docx", "corrupt-docx", "zip-bomb", "json", … */
    readonly reason: string,
    /** For JSON documents: the path of the offending value, e.g. "content[2].content[0]". */
    readonly path = "",
  ) {
    super(message);
    this.name = "FormatError";
  }
}
