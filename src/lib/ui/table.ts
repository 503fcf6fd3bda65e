export interface TableCell {
  text: string;
  obsIds?: string[];
}
