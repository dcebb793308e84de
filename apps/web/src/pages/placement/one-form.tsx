import { createContext, useContext, useState, type ReactNode } from 'react';

type Open = readonly [string | null, (key: string | null) => void];
const OpenForm = createContext<Open>([null, () => undefined]);

/**
 * The kit's fields take their ids from their names (`veld-reason`), so two step forms on one page would share ids and a
 * label could name another form's box. A page of many small steps shows one form at a time: opening one closes the other.
 */
export function OneFormAtATime({ children }: { children: ReactNode }) {
  const open = useState<string | null>(null);
  return <OpenForm.Provider value={open}>{children}</OpenForm.Provider>;
}

/** A step's form behind its summary ("Kies deze plek", "Pauzeren"), in the page only while open. */
export function InlineForm({
  formKey,
  summary,
  label,
  children,
}: {
  formKey: string;
  summary: string;
  label?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useContext(OpenForm);
  const isOpen = open === formKey;
  return (
    <details
      className="casus-choose"
      open={isOpen}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        if (now && !isOpen) setOpen(formKey);
        else if (!now && isOpen) setOpen(null);
      }}
    >
      <summary aria-label={label}>{summary}</summary>
      {isOpen && children}
    </details>
  );
}
