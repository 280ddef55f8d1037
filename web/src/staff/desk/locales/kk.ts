/** Қазақша: the desk workspace's reference dictionary (key `desk`); ru.ts and en.ts match it key for key. */
export const deskKk = {
  desk: {
    title: "Мемлекеттік корпорацияның қабылдау үстелі",
  },
};
