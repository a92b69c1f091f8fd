/** A bridging training module from the catalogue, and the ESCO skills it teaches. */
export interface TrainingModule {
  id: string;
  title: string;
  provider: string;
  /** Country where it is offered; absent for online modules. */
  country?: string;
  /** Cost in euros; the weight minimised by the compensation plan. */
  cost: number;
  hours: number;
  skills: string[];
  demo?: boolean;
}
