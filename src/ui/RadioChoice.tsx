import { useId } from 'react';

/** A small group of radio buttons for a view parameter with a few values (scale, measure…). */
export function RadioChoice<T extends string>({
  legend,
  options,
  value,
  onChange,
  testId,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <fieldset className="choice" data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} htmlFor={`${id}-${o.value}`}>
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={`${id}-choice`}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
