/** The supervision capability's typed errors (the role and scope errors are the engine's). */
import { QyzmetError } from "../core/errors.ts";

export function periodInvalid(details: Record<string, unknown>): QyzmetError {
  return new QyzmetError(
    "SUPERVISION_PERIOD_INVALID",
    {
      kk: "Кезең дұрыс емес: басы соңынан кеш емес және ұзақтығы 2 жылдан аспайды",
      ru: "Неверный период: начало не позже конца, длительность не более 2 лет",
      en: "The period is invalid: it must start no later than it ends and last at most 2 years",
    },
    details,
    400,
  );
}
