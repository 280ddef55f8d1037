/** Қазақша: the regulations browser's reference dictionary (key `regulations`); ru.ts and en.ts match it. */
export const regulationsKk = {
  regulations: {
    title: "Регламенттер мен стандарттар",
  },
};
