// Output of `extract`, written as documents arrive so big runs stream.
import type { ExtractedDocument, InputError } from '../types.js';

export interface ExtractFormatter {
  begin(): string;
  document(doc: ExtractedDocument): string;
  end(errors: readonly InputError[]): string;
}
