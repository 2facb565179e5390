/** Facts about the loop as a whole. */

export const loop = {
  title: 'The Value Delivery Loop',
  /**
   * The version of the model's content, published with it: the minor number rises when facts are
   * added, the major number when a fact changes or goes.
   */
  modelVersion: '1.1.0',
  /** The seed marks the whole model as a working draft. */
  draftNotice:
    'Draft: the Value Delivery Loop model and its metric mappings are working drafts and may still change.',
  /** Why a loop and not a pipeline. */
  pipelineVersusLoop:
    'Delivery is usually drawn as a pipeline, with requirements going in at one end and features coming out at the other. That picture is reassuring and wrong: in practice delivery is a loop, and the feedback arcs the pipeline hides are where organizations lose velocity.',
  /** What the feedback arcs do, and what they buy. */
  feedbackClaim:
    'Most teams track the forward flow. Elite teams set themselves apart on the feedback arcs: mean time to detect and mean time to recover fall from days to minutes when learnings go straight into backlog prioritization instead of a postmortem document nobody reads.',
  /** The closing point of the feedback arcs section. */
  fullLoopClaim:
    'Organizations with the shortest full-loop cycle time, not just the shortest deployment cycle time, consistently do better on both developer satisfaction and business outcomes.',
  /** Where the model comes from. */
  source: {
    title: 'HVE-Core documentation: The Value Delivery Loop',
    url: 'https://github.com/microsoft/hve-core',
    published: 'Microsoft HVE-Core, draft content',
  },
} as const;
