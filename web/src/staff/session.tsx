/** The signed-in staff member (GET /api/v1/auth/me) and their organisation, shared by the staff workspaces. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { ApiError, getJson, postEmpty } from "../api.ts";
import type { Text3 } from "../ui.tsx";

export type StaffRole =
  | "office_clerk"
  | "head"
  | "responsible_executor"
  | "department_head"
  | "akim"
  | "akim_specialist"
  | "state_corporation_operator"
  | "supervisor"
  | "administrator";

export interface StaffActor {
  staffId: string;
  login: string;
  fullName: string;
  iin: string;
  roles: StaffRole[];
  providerId: string | null;
  regionCode: string | null;
}

export interface StaffProvider {
  id: string;
  kind: string;
  bin: string;
  name: Text3;
  regionCode: string;
}

export interface StaffMe {
  actor: StaffActor;
  provider: StaffProvider | null;
}

interface StaffSessionValue {
  /** undefined while loading, null when not signed in */
  me: StaffMe | null | undefined;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const StaffSessionContext = createContext<StaffSessionValue>({
  me: undefined,
  refresh: async () => {},
  signOut: async () => {},
});

export function StaffSessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<StaffMe | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      setMe(await getJson<StaffMe>("/api/v1/auth/me"));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setMe(null);
      else throw error;
    }
  }, []);
  const signOut = useCallback(async () => {
    await postEmpty("/api/v1/auth/sign-out");
    setMe(null);
  }, []);
  useEffect(() => {
    refresh().catch(() => setMe(null));
  }, [refresh]);
  return (
    <StaffSessionContext.Provider value={{ me, refresh, signOut }}>{children}</StaffSessionContext.Provider>
  );
}

export function useStaff(): StaffSessionValue {
  return useContext(StaffSessionContext);
}

/** Whether the staff member holds any of the roles. */
export function hasRole(me: StaffMe | null | undefined, roles: readonly StaffRole[]): boolean {
  return !!me && me.actor.roles.some((r) => roles.includes(r));
}
