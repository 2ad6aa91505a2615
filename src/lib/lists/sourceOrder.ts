/** What ordering source documents needs of each one. */
export interface OrderableSource {
  id: string;
  data: {
    /** When the document was published: YYYY, YYYY-MM or YYYY-MM-DD. */
    date?: string | undefined;
  };
}

/**
 * The order of `/sources/`: newest first by publication date, undated
 * documents last, ties by id. ISO dates of different precision compare as
 * text, so 2022-08-14 comes before 2022-08, and 2022-08 before 2022.
 */
export function sourceOrder(a: OrderableSource, b: OrderableSource): number {
  return (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id);
}
