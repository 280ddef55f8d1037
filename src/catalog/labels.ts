/** Names of the vocabularies' values in Kazakh, Russian and English, for screens, exports and diagrams. */
import type { Text } from "./schema.ts";
import type { Channel, Role } from "./vocabulary.ts";

export const ROLE_LABELS: Record<Role, Text> = {
  applicant: { kk: "Көрсетілетін қызметті алушы", ru: "Услугополучатель", en: "Applicant" },
  office_clerk: { kk: "Кеңсе қызметкері", ru: "Сотрудник канцелярии", en: "Office clerk" },
  head: { kk: "Басшы", ru: "Руководитель", en: "Head" },
  responsible_executor: {
    kk: "Жауапты орындаушы",
    ru: "Ответственный исполнитель",
    en: "Responsible executor",
  },
  department_head: { kk: "Бөлім басшысы", ru: "Руководитель отдела", en: "Department head" },
  commission: { kk: "Комиссия", ru: "Комиссия", en: "Commission" },
  akim: { kk: "Әкім", ru: "Аким", en: "Akim" },
  akim_specialist: {
    kk: "Әкім аппаратының маманы",
    ru: "Специалист аппарата акима",
    en: "Akim's office specialist",
  },
  akim_executor: {
    kk: "Әкім аппаратының жауапты орындаушысы",
    ru: "Ответственный исполнитель аппарата акима",
    en: "Akim's office executor",
  },
  akimat: { kk: "Әкімдік", ru: "Акимат", en: "Akimat" },
  state_corporation_operator: {
    kk: "Мемлекеттік корпорация қызметкері",
    ru: "Работник Госкорпорации",
    en: "State Corporation operator",
  },
  state_corporation_back_office: {
    kk: "Мемлекеттік корпорацияның жинақтау бөлімі",
    ru: "Накопительный отдел Госкорпорации",
    en: "State Corporation back office",
  },
  portal: { kk: "Портал", ru: "Портал", en: "Portal" },
  information_system: { kk: "Ақпараттық жүйе", ru: "Информационная система", en: "Information system" },
  state_body: { kk: "Мемлекеттік орган", ru: "Государственный орган", en: "State body" },
};

export const CHANNEL_LABELS: Record<Channel, Text> = {
  provider_office: {
    kk: "Көрсетілетін қызметті берушінің кеңсесі",
    ru: "Канцелярия услугодателя",
    en: "Provider's office",
  },
  state_corporation: {
    kk: '"Азаматтарға арналған үкімет" мемлекеттік корпорациясы',
    ru: 'Госкорпорация "Правительство для граждан"',
    en: 'State Corporation "Government for Citizens"',
  },
  portal: {
    kk: 'www.egov.kz "электрондық үкімет" веб-порталы',
    ru: 'Веб-портал "электронного правительства" www.egov.kz',
    en: "egov.kz e-government portal",
  },
  educational_organisation: {
    kk: "Білім беру ұйымы",
    ru: "Организация образования",
    en: "Educational organisation",
  },
  akim_office: {
    kk: "Кент, ауыл, ауылдық округ әкімі",
    ru: "Аким поселка, села, сельского округа",
    en: "Akim of a town, village or rural district",
  },
};
