import { SkillName } from './skill-name';

/** Skills suggested from the occupation, each ticked in or out of the vacancy. */
export function SkillChoices({
  title,
  uris,
  chosen,
  onToggle,
}: {
  title: string;
  uris: string[];
  chosen: ReadonlySet<string>;
  onToggle: (uri: string) => void;
}) {
  if (uris.length === 0) return null;
  return (
    <fieldset className="people-choices">
      <legend>{title}</legend>
      {uris.map((uri) => (
        <label key={uri} className="people-inline">
          <input type="checkbox" checked={chosen.has(uri)} onChange={() => onToggle(uri)} />{' '}
          <SkillName uri={uri} />
        </label>
      ))}
    </fieldset>
  );
}
