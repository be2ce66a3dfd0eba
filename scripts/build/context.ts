import type { Profile } from '../../shared/core/profile/profile.ts';

/** What every target builder gets: one profile, one version, one output folder. */
export interface BuildContext {
  readonly root: string;
  /** The dist folder: targets write into `${out}/<target>/`. */
  readonly out: string;
  readonly profile: Profile;
  /** package.json's version: the manifests and zips carry it. */
  readonly version: string;
  readonly quiet: boolean;
  readonly log: (line: string) => void;
}
