/** The shape of an application as any channel hands it to the engine. */
import { z } from "zod";
import { Channel } from "../catalog/vocabulary.ts";
import { BankAccount } from "../core/bank-account.ts";

const iin = z.string().regex(/^\d{12}$/, "12 digits");
const name = z.string().trim().min(1).max(200);

export const Person = z.strictObject({
  iin,
  surname: name,
  givenName: name,
  patronymic: name.optional(),
  phone: z
    .string()
    .regex(/^\+?\d{10,15}$/)
    .optional(),
  email: z.email().max(200).optional(),
  address: z.string().trim().max(500).optional(),
});

export const IntakeInput = z.strictObject({
  /** The client's key for this submission: the same key never makes two cases. */
  idempotencyKey: z.string().trim().min(8).max(200),
  serviceCode: z.string().min(1).max(100),
  channel: Channel,
  variant: z.string().min(1).max(60).optional(),
  regionCode: z.string().min(1).max(60),
  districtId: z.string().min(1).max(60).optional(),
  /** The provider that renders the service (chosen by the applicant on the portal, the office on paper channels). */
  providerId: z.string().min(1).max(60),
  applicant: Person,
  representative: z
    .strictObject({
      iin,
      fullName: name,
      powerOfAttorney: z.strictObject({
        number: z.string().min(1).max(60),
        date: z.iso.date(),
        notary: name,
      }),
    })
    .optional(),
  children: z
    .array(z.strictObject({ iin: iin.optional(), fullName: name, birthDate: z.iso.date() }))
    .max(20)
    .default([]),
  /**
   * The form's fields. `bankAccount` ({bic, iban}) is structured for every service: where a payment is
   * assigned (src/payments), it is the account paid to; a malformed one is refused at intake.
   */
  form: z
    .record(z.string().max(100), z.unknown())
    .default({})
    .superRefine((form, ctx) => {
      if (form.bankAccount === undefined) return;
      const r = BankAccount.safeParse(form.bankAccount);
      for (const issue of r.error?.issues ?? [])
        ctx.addIssue({ code: "custom", path: ["bankAccount", ...issue.path], message: issue.message });
    }),
  /** Documents presented, by the catalogue's document id. */
  documents: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        attachment: z
          .strictObject({
            name: z.string().min(1).max(255),
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
            size: z.number().int().nonnegative(),
          })
          .optional(),
      }),
    )
    .max(100)
    .default([]),
  /** Conditional documents that do not apply to this applicant (e.g. "if married"). */
  notApplicable: z.array(z.string().min(1).max(100)).max(100).default([]),
});
export type IntakeInput = z.infer<typeof IntakeInput>;
