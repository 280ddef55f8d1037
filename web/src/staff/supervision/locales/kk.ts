/** Қазақша: the supervision workspace's reference dictionary (key `supervision`); ru.ts and en.ts match it key for key. */
export const supervisionKk = {
  supervision: {
    title: "Бақылау",
  },
};
