/** A lens a plan is read through: a named, versioned list of conditions. */
export interface Framework {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly conditions: readonly FrameworkCondition[];
}

export interface FrameworkCondition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/**
 * A tag on plan content: framework id, framework version and condition id, written
 * `iste-ec-14@1:technical-support`. Keeping all three lets a later framework version or
 * another lens sit beside existing tags without rewriting them.
 */
export interface ConditionTag {
  readonly frameworkId: string;
  readonly version: string;
  readonly conditionId: string;
}
