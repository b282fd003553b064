/**
 * One section of a generated MAINTAINERS before it is written out: shared by the generator (generate-kernel.ts)
 * and the steps it calls (relocate-section.ts, section-tags.ts), which would otherwise import it back from their
 * caller.
 */
export interface GeneratedSection {
  name: string;
  tags: [letter: string, value: string][];
  files: string[];
  excludes: string[];
  names: string[];
  keywords: string[];
}
