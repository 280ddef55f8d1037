/** Қазақша: the work workspace's reference dictionary (key `work`); ru.ts and en.ts match it key for key. */
export const workKk = {
  work: {
    title: "Жұмыс орны",
  },
};
