import { useState } from 'react';
import { taxonomyPaths, type Occupation } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { OccupationCombobox, type ChosenOccupation } from '../recognition/occupation-combobox';
import { Loading } from '../shell/status';

const conceptId = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/**
 * The ESCO occupation combobox over a stored URI. The stored occupation's label is looked up
 * before the combobox mounts, because it shows the label it was mounted with (an edit form
 * starts from a URI only).
 */
export function OccupationPicker({
  id,
  label,
  uri,
  onChange,
  error,
}: {
  id: string;
  label: string;
  uri: string | undefined;
  onChange: (value: ChosenOccupation | null) => void;
  error?: string;
}) {
  const [stored] = useState(uri);
  const [chosen, setChosen] = useState<ChosenOccupation | null>(null);
  const initial = useApi<Occupation>(stored ? taxonomyPaths.occupation(conceptId(stored)) : null);
  if (stored && initial.status === 'loading') return <Loading />;
  let value: ChosenOccupation | null = null;
  if (uri && chosen?.uri === uri) value = chosen;
  else if (uri && uri === stored && initial.status === 'ok')
    value = { uri, id: initial.data.id, label: initial.data.preferredLabel };
  else if (uri) value = { uri, id: conceptId(uri), label: conceptId(uri) };
  return (
    <OccupationCombobox
      id={id}
      label={label}
      value={value}
      onChange={(next) => {
        setChosen(next);
        onChange(next);
      }}
      error={error}
    />
  );
}
