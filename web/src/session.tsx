/** The signed-in citizen (GET /api/v1/citizen/me), shared by the pages. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { ApiError, getJson, postEmpty } from "./api.ts";

export interface Citizen {
  iin: string;
  fullName: string;
}

interface SessionValue {
  /** undefined while loading, null when not signed in */
  citizen: Citizen | null | undefined;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue>({
  citizen: undefined,
  refresh: async () => {},
  signOut: async () => {},
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const [citizen, setCitizen] = useState<Citizen | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      const me = await getJson<{ actor: Citizen }>("/api/v1/citizen/me");
      setCitizen({ iin: me.actor.iin, fullName: me.actor.fullName });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setCitizen(null);
      else throw error;
    }
  }, []);
  const signOut = useCallback(async () => {
    await postEmpty("/api/v1/citizen/sign-out");
    setCitizen(null);
  }, []);
  useEffect(() => {
    refresh().catch(() => setCitizen(null));
  }, [refresh]);
  return <SessionContext.Provider value={{ citizen, refresh, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  return useContext(SessionContext);
}
