/**
 * Text a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, so an exported note such as "=HYPERLINK(…)" stays text when opened.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
