import type { SeedVersion } from "../build.ts";
import { version as parentMeetingPermission } from "./parent-meeting-permission.ts";

export const versions: SeedVersion[] = [{ service: "parent-meeting-permission", version: parentMeetingPermission }];
