import { prepareBridgingCatalogue, type BridgingCatalogue } from '../recognition/compensation.js';
import type { TrainingModule } from '../recognition/training-module.js';
import { modulesTeaching } from './language-courses.js';

/**
 * The training modules that can close a gap (programme modules and bridging modules), prepared
 * once for every match explained until they change: which of them a person can reach for an
 * opening, what those teach, and which teach each language. Pure; built anew when a module
 * changes.
 */
export class TrainingCatalogue {
  private readonly reachable = new Map<string, ReachableTraining>();
  private titles: ReadonlyMap<string, string> | undefined;

  constructor(readonly modules: readonly TrainingModule[]) {}

  /**
   * The modules a person living in `residence` can take for an opening in `destination`: at
   * home, at the destination, or online; in catalogue order.
   */
  reachableFor(residence: string, destination: string): ReachableTraining {
    const key = `${residence}|${destination}`;
    let found = this.reachable.get(key);
    if (!found) {
      found = new ReachableTraining(
        this.modules.filter(
          (m) => !m.country || m.country === residence || m.country === destination,
        ),
      );
      this.reachable.set(key, found);
    }
    return found;
  }

  /** Module titles by id. */
  titlesById(): ReadonlyMap<string, string> {
    return (this.titles ??= new Map(this.modules.map((m) => [m.id, m.title])));
  }
}

/** Modules one person can reach, with what a gap pathway and the language courses read of them. */
export class ReachableTraining {
  /** For {@link planBridgingTraining}: what they teach, and the modules in id order. */
  readonly bridging: BridgingCatalogue;
  private readonly languages = new WeakMap<object, Map<string, readonly TrainingModule[]>>();

  constructor(readonly modules: readonly TrainingModule[]) {
    this.bridging = prepareBridgingCatalogue(modules);
  }

  /**
   * The modules teaching a language, cheapest first (as `modulesTeaching` orders them), kept per
   * source of labels: `labels` is the object `labelOf` reads (the taxonomy index).
   */
  teaching(
    tag: string,
    labels: object,
    labelOf: (uri: string) => string | undefined,
  ): readonly TrainingModule[] {
    let byTag = this.languages.get(labels);
    if (!byTag) this.languages.set(labels, (byTag = new Map()));
    let found = byTag.get(tag);
    if (!found) byTag.set(tag, (found = modulesTeaching(tag, this.modules, labelOf)));
    return found;
  }
}
