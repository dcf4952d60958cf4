/** Escapes LIKE wildcards in user input so that "50%" searches for the text "50%". */
export function escapeLike(input: string): string {
  return input.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
