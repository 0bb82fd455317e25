/**
 * A Genius profile (root `<utility_space>`) compiled to a `PartyUtility`, dispatched on its `type`
 * as Genius 10.4 does (genius.core.utility.UTILITYSPACETYPE, genius.core.repository.Repository
 * .getUtilitySpace): no type = linear; `linear`, `nonlinear`, `constraint`, `uncertain`
 * (case-insensitive). `uncertain` is an additive space plus preference-elicitation settings
 * (UncertainAdditiveUtilitySpace): its additive utility is read, the settings noted. `additive` is
 * not a type Genius 10.4 knows (it fails to load such a file); it is read as linear, with a note.
 * Any other type is refused. See additive.ts, nonlinear.ts and constraint.ts for each kind.
 *
 * Browser-safe.
 */
import type { PartyUtility } from '../../model/index.ts';
import { additiveProfile } from './additive.ts';
import { constraintProfile } from './constraint.ts';
import type { GeniusDomainFile } from './domain-file.ts';
import { nonlinearProfile } from './nonlinear.ts';
import { elementError, type XmlElement } from './xml.ts';

export interface GeniusProfile {
  utility: PartyUtility;
  reservation: number;
  discount?: number;
  kind: 'additive' | 'nonlinear' | 'constraint';
  /** Things worth knowing that are not errors (e.g. an item value written twice). */
  notes: string[];
}

const short = (file: string) => file.replace(/^.*[\\/]/, '');

export function parseGeniusProfile(root: XmlElement, domain: GeniusDomainFile, file: string): GeniusProfile {
  if (root.name !== 'utility_space')
    return elementError('genius_invalid', { fault: { kind: 'not_profile' } }, file, root, {
      expected: '<utility_space>',
    });
  const written = root.attrs.type;
  const type = (written ?? 'linear').toLowerCase();
  const notes: string[] = [];
  let read: { utility: PartyUtility; reservation?: number; discount?: number };
  let kind: GeniusProfile['kind'];
  if (type === 'nonlinear') {
    read = nonlinearProfile(root, domain, file, notes);
    kind = 'nonlinear';
  } else if (type === 'constraint') {
    read = constraintProfile(root, domain, file, notes);
    kind = 'constraint';
  } else if (type === 'linear' || type === 'uncertain' || type === 'additive') {
    if (type === 'uncertain')
      notes.push(
        `${short(file)}: an "uncertain" profile: its additive utility is analysed; its elicitation settings (comparisons, errors, elicitation cost) concern agents that learn the profile and are not used`,
      );
    if (type === 'additive')
      notes.push(
        `${short(file)}: type "${written}" is not a Genius 10.4 type (it knows linear, nonlinear, constraint, uncertain and fails to load this file); read as linear`,
      );
    read = additiveProfile(root, domain, file, notes);
    kind = 'additive';
  } else {
    return elementError(
      'genius_unsupported',
      { construct: { kind: 'utility_space_type', value: written ?? '' } },
      file,
      root,
      { expected: 'linear (default), nonlinear, constraint or uncertain' },
    );
  }
  const out: GeniusProfile = { utility: read.utility, kind, notes, reservation: read.reservation ?? 0 };
  if (read.discount !== undefined) out.discount = read.discount;
  return out;
}
