/** "Program Rehabilitasi Sosial", whether or not the stored name already starts with the word (never "Program Program"). */
export const titled = (word: "Program" | "Kegiatan" | "Sub Kegiatan", name: string) =>
  name.toLowerCase().startsWith(word.toLowerCase()) ? name : `${word} ${name}`;
