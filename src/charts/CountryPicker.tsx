import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { filterCountries, type CountryOption } from './countryMatch.ts';

/** What the picker calls its options in its messages ("No matching country", "3 countries found"). */
export interface PickerNoun {
  one: string;
  many: string;
}

const COUNTRY_NOUN: PickerNoun = { one: 'country', many: 'countries' };

interface CountryPickerBase<O extends CountryOption> {
  label: string;
  options: readonly O[];
  placeholder?: string;
  /**
   * Matching for other kinds of option (missions: missionMatch.ts); countries by default. Returns the
   * options to list for the query, best first; an empty query should list them all.
   */
  filter?: (options: readonly O[], query: string) => O[];
  noun?: PickerNoun;
  /**
   * Called with the option that becomes active while the reader types or moves through the list (the
   * one Enter would choose), so a view can start fetching its data before the choice is made.
   */
  onActiveOption?: (id: string) => void;
}

export interface SingleCountryPickerProps<
  O extends CountryOption = CountryOption,
> extends CountryPickerBase<O> {
  mode: 'single';
  value: string | null;
  onChange: (id: string) => void;
}

export interface MultiCountryPickerProps<
  O extends CountryOption = CountryOption,
> extends CountryPickerBase<O> {
  mode: 'multi';
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Most countries that can be chosen at once. */
  max?: number;
}

export type CountryPickerProps<O extends CountryOption = CountryOption> =
  SingleCountryPickerProps<O> | MultiCountryPickerProps<O>;

/**
 * ARIA 1.2 combobox (list autocomplete): typing filters the listbox and makes the first match active;
 * ↓/↑ move, Enter chooses, Escape closes (or clears when already closed). Focus stays in the input and
 * aria-activedescendant points at the active option. Multi mode shows chips with remove buttons.
 */
export function CountryPicker<O extends CountryOption = CountryOption>(props: CountryPickerProps<O>) {
  const { label, options, placeholder, filter, noun = COUNTRY_NOUN } = props;
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const messageId = `${id}-message`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [isEditing, setIsEditing] = useState(false);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const selectedIds = props.mode === 'multi' ? props.value : props.value ? [props.value] : [];
  const max = props.mode === 'multi' ? (props.max ?? Infinity) : Infinity;
  const isFull = props.mode === 'multi' && props.value.length >= max;
  const selectedName = props.mode === 'single' && props.value ? (byId.get(props.value)?.name ?? '') : '';

  const results = useMemo(() => {
    const matches = filter
      ? filter(options, isEditing ? query : '')
      : filterCountries(options, isEditing ? query : '');
    if (props.mode === 'single') return matches;
    const chosen = props.value;
    return matches.filter((o) => !chosen.includes(o.id));
  }, [options, filter, query, isEditing, props.mode, props.value]);

  const activeOption = isOpen && !isFull ? results[activeIndex] : undefined;
  const optionId = (option: O) => `${id}-option-${option.id}`;

  useEffect(() => {
    if (!activeOption) return;
    const node = document.getElementById(optionId(activeOption));
    node?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- optionId only prefixes the stable useId
  }, [activeOption]);

  const { onActiveOption } = props;
  const activeId = activeOption?.id;
  useEffect(() => {
    if (activeId !== undefined) onActiveOption?.(activeId);
  }, [activeId, onActiveOption]);

  const open = (index: number) => {
    setIsOpen(true);
    setActiveIndex(index);
  };
  const close = () => {
    setIsOpen(false);
    setActiveIndex(-1);
  };

  const choose = (option: O) => {
    if (props.mode === 'single') {
      props.onChange(option.id);
      setIsEditing(false);
      setQuery('');
      close();
    } else {
      if (isFull) return;
      props.onChange([...props.value, option.id]);
      setQuery('');
      setIsEditing(false);
      setActiveIndex(0);
    }
  };

  const remove = (removeId: string) => {
    if (props.mode !== 'multi') return;
    props.onChange(props.value.filter((v) => v !== removeId));
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen) open(results.length > 0 ? 0 : -1);
        else setActiveIndex((i) => Math.min(results.length - 1, i + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen) open(results.length - 1);
        else setActiveIndex((i) => Math.max(0, i - 1));
        break;
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          choose(activeOption);
        }
        break;
      case 'Escape':
        if (isOpen) {
          event.preventDefault();
          close();
        } else if (query !== '' || isEditing) {
          event.preventDefault();
          setQuery('');
          setIsEditing(false);
        }
        break;
      case 'Backspace':
        if (props.mode === 'multi' && query === '' && props.value.length > 0) {
          const last = props.value[props.value.length - 1];
          if (last !== undefined) remove(last);
        }
        break;
      default:
        break;
    }
  };

  const inputValue = props.mode === 'single' && !isEditing ? selectedName : query;
  const fullMessage = isFull ? `You can choose up to ${max} ${noun.many}. Remove one to add another.` : '';
  const status = !isOpen
    ? ''
    : isFull
      ? fullMessage
      : results.length === 0
        ? `No matching ${noun.one}`
        : `${results.length} ${results.length === 1 ? noun.one : noun.many} found`;

  return (
    <div className="bh-picker">
      <label htmlFor={inputId} className="bh-picker-label">
        {label}
      </label>
      {props.mode === 'multi' && props.value.length > 0 && (
        <ul className="bh-chips" aria-label={`${label}: chosen`}>
          {props.value.map((v) => {
            const name = byId.get(v)?.name ?? v;
            return (
              <li key={v} className="bh-chip">
                <span>{name}</span>
                <button
                  type="button"
                  className="bh-chip-remove"
                  aria-label={`Remove ${name}`}
                  onClick={() => remove(v)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="bh-picker-field">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          className="bh-picker-input"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={isOpen}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-describedby={isFull ? messageId : undefined}
          placeholder={placeholder}
          value={inputValue}
          onChange={(event) => {
            setQuery(event.target.value);
            setIsEditing(true);
            open(0);
          }}
          onFocus={(event) => event.target.select()}
          onClick={() => (isOpen ? close() : open(-1))}
          onBlur={() => {
            close();
            setIsEditing(false);
            setQuery('');
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="bh-listbox"
          hidden={!isOpen || isFull || results.length === 0}
        >
          {isOpen &&
            !isFull &&
            results.map((option, index) => (
              <li
                key={option.id}
                id={optionId(option)}
                role="option"
                aria-selected={index === activeIndex}
                className={index === activeIndex ? 'bh-option bh-option--active' : 'bh-option'}
                // Keep focus in the input; the click then chooses.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                {option.name}
                {selectedIds.includes(option.id) && <span className="bh-visually-hidden"> (chosen)</span>}
              </li>
            ))}
        </ul>
      </div>
      {isFull && (
        <p id={messageId} className="bh-picker-message">
          {fullMessage}
        </p>
      )}
      <div className="bh-visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
