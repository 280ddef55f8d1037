/** English: the staff frame's dictionary, key for key as kk.ts. */
import type { Widen } from "../../locales/types.ts";
import type { staffKk } from "./kk.ts";

export const staffEn: Widen<typeof staffKk> = {
  staff: {
    tagline: "Staff workstation",
    navLabel: "Workstation menu",
    home: "Home",
    toPortal: "Citizens' portal",
    signOut: "Sign out",
    signedInAs: "Signed in:",
    homeTitle: "Workspaces",
    homeIntro: "Choose the workspace of your role.",
    noWorkspace: "There is no workspace for your role yet.",
    organisation: "Organisation",
    region: "Region",
    roleLabel: "Roles",
    forbiddenTitle: "This page is not for your role",
    forbiddenText: "You may not open this page. Go back home and choose your workspace.",
    signIn: {
      title: "Staff sign-in",
      needed: "Sign in to open this page.",
      login: "Login",
      loginHint: "The organisation's code and the role, with a dot between",
      password: "Password",
      submit: "Sign in",
    },
    demo: {
      title: "Demo staff",
      intro: "The demo data have staff in every role. Everyone's password:",
      login: "Login",
      name: "Name",
      roles: "Roles",
      key: "Key file",
      fill: "Fill in",
      noKey: "none",
    },
    roles: {
      office_clerk: "Office clerk",
      head: "Head",
      responsible_executor: "Responsible executor",
      department_head: "Department head",
      akim: "Akim",
      akim_specialist: "Akim's office specialist",
      state_corporation_operator: "State Corporation operator",
      supervisor: "Supervisor",
      administrator: "Administrator",
    },
  },
};
