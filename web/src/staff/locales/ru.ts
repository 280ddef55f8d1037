/** Русский: the staff frame's dictionary, key for key as kk.ts. */
import type { Widen } from "../../locales/types.ts";
import type { staffKk } from "./kk.ts";

export const staffRu: Widen<typeof staffKk> = {
  staff: {
    tagline: "Рабочее место сотрудника",
    navLabel: "Меню рабочего места",
    home: "Главная",
    toPortal: "Портал для граждан",
    signOut: "Выйти",
    signedInAs: "Вошёл сотрудник:",
    homeTitle: "Рабочие места",
    homeIntro: "Выберите рабочее место по своей роли.",
    noWorkspace: "Для вашей роли рабочего места пока нет.",
    organisation: "Организация",
    region: "Регион",
    roleLabel: "Роли",
    forbiddenTitle: "Эта страница не для вашей роли",
    forbiddenText:
      "У вас нет права открывать эту страницу. Вернитесь на главную и выберите своё рабочее место.",
    signIn: {
      title: "Вход для сотрудников",
      needed: "Чтобы открыть эту страницу, войдите в систему.",
      login: "Логин",
      loginHint: "Код организации и роль через точку",
      password: "Пароль",
      submit: "Войти",
    },
    demo: {
      title: "Демонстрационные сотрудники",
      intro: "В демонстрационных данных есть сотрудник каждой роли. Пароль у всех:",
      login: "Логин",
      name: "ФИО",
      roles: "Роли",
      key: "Файл ключа",
      fill: "Заполнить",
      noKey: "нет",
    },
    roles: {
      office_clerk: "Сотрудник канцелярии",
      head: "Руководитель",
      responsible_executor: "Ответственный исполнитель",
      department_head: "Руководитель отдела",
      akim: "Аким",
      akim_specialist: "Специалист аппарата акима",
      state_corporation_operator: "Оператор Государственной корпорации",
      supervisor: "Контролёр",
      administrator: "Администратор",
    },
  },
};
