/** Errors the bundle writer raises, apart from it so a host can recognise them without loading the PDF stack. */
export class BundleObjectMismatchError extends Error {
  constructor(
    readonly exhibit: number,
    readonly file: string,
    expected: string,
    actual: string,
  ) {
    super(
      `Exhibit ${exhibit} (${file}): the stored original no longer matches its recorded SHA-256 (expected ${expected}, found ${actual}). Run the vault check before making a bundle.`,
    );
    this.name = 'BundleObjectMismatchError';
  }
}
