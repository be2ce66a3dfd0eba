// A labelled <select>, read-only (disabled, with the reason) when the organisation locked it.
import { LockedNote } from './locked-note.tsx';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

export function ChoiceField<V extends string>({ id, label, value, choices, locked, onChange }: {
  id: string; label: string; value: V; choices: readonly Choice<V>[]; locked: boolean; onChange: (value: V) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={id} value={value} disabled={locked} aria-describedby={locked ? `${id}-locked` : undefined}
        onChange={(event) => onChange(event.currentTarget.value as V)}>
        {choices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
      </select>
      {locked ? <LockedNote id={`${id}-locked`} /> : null}
    </div>
  );
}
