/**
 * The children of an application (full name, IIN if any, date of birth), as the portal's form and the
 * State Corporation desk's intake both ask them, with the props that tie an input to its hint and error.
 */
import { useTranslation } from "react-i18next";
import { todayInKazakhstan } from "./region.ts";
import { describedBy, Field } from "./ui.tsx";

export interface Child {
  key: number;
  fullName: string;
  iin: string;
  birthDate: string;
}

/** A form's error lookup and the accessible props of its inputs (id, aria-invalid, aria-describedby). */
export function fieldProps(errors: Record<string, string | null>) {
  const fieldError = (id: string) => errors[id] ?? null;
  const input = (id: string, hint = false) => ({
    id,
    "aria-invalid": fieldError(id) ? true : undefined,
    "aria-describedby": describedBy(id, hint, fieldError(id)),
  });
  return { fieldError, input };
}

/**
 * The children's fieldset. `keys` is the translation prefix of the workspace (`apply`, `desk.intake`),
 * which has `children`, `child` ({{n}}), `childName`, `childIin`, `childBirth`, `addChild`, `removeChild`.
 */
export function ChildrenFields({
  value,
  onChange,
  errors,
  keys,
}: {
  value: Child[];
  onChange: (children: Child[]) => void;
  errors: Record<string, string | null>;
  keys: string;
}) {
  const { t } = useTranslation();
  const { fieldError, input } = fieldProps(errors);
  const change = (key: number, fields: Partial<Child>) =>
    onChange(value.map((x) => (x.key === key ? { ...x, ...fields } : x)));
  return (
    <fieldset>
      <legend>{t(`${keys}.children`)}</legend>
      {value.map((c, i) => (
        <fieldset key={c.key}>
          <legend>{t(`${keys}.child`, { n: i + 1 })}</legend>
          <Field
            id={`child-${c.key}-name`}
            label={t(`${keys}.childName`)}
            error={fieldError(`child-${c.key}-name`)}
          >
            <input
              {...input(`child-${c.key}-name`)}
              type="text"
              value={c.fullName}
              onChange={(e) => change(c.key, { fullName: e.target.value })}
            />
          </Field>
          <Field
            id={`child-${c.key}-iin`}
            label={t(`${keys}.childIin`)}
            hint={t("auth.iinHint")}
            error={fieldError(`child-${c.key}-iin`)}
          >
            <input
              {...input(`child-${c.key}-iin`, true)}
              type="text"
              inputMode="numeric"
              maxLength={12}
              value={c.iin}
              onChange={(e) => change(c.key, { iin: e.target.value })}
            />
          </Field>
          <Field
            id={`child-${c.key}-birth`}
            label={t(`${keys}.childBirth`)}
            error={fieldError(`child-${c.key}-birth`)}
          >
            <input
              {...input(`child-${c.key}-birth`)}
              type="date"
              max={todayInKazakhstan()}
              value={c.birthDate}
              onChange={(e) => change(c.key, { birthDate: e.target.value })}
            />
          </Field>
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(value.filter((x) => x.key !== c.key))}
          >
            {t(`${keys}.removeChild`)}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...value, { key: Date.now(), fullName: "", iin: "", birthDate: "" }])}
      >
        {t(`${keys}.addChild`)}
      </button>
    </fieldset>
  );
}
