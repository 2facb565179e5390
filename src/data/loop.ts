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
    'Delivery is usually drawn as a pipeline, with requirements going in at one end and features coming out at the other. The model calls that picture reassuring and wrong: in its view delivery is a loop, and the feedback arcs the pipeline hides are where organizations lose velocity.',
  /** What the feedback arcs do, and what they buy. */
  feedbackClaim:
    'The model holds that most teams track the forward flow and that elite teams set themselves apart on the feedback arcs: in its account, mean time to detect and mean time to recover fall from days to minutes when learnings go straight into backlog prioritization instead of a postmortem document nobody reads. It cites no study for this.',
  /** The closing point of the feedback arcs section. */
  fullLoopClaim:
    'The model closes with a claim of its own: organizations with the shortest full-loop cycle time, not just the shortest deployment cycle time, consistently do better on both developer satisfaction and business outcomes. It cites no study for this, and it does not define full-loop cycle time (where its clock starts and stops), so read it as the model’s idea of one turn around the loop, not as a metric any of the frameworks defines.',
  /** Where the model comes from. */
  source: {
    title: 'HVE-Core documentation: The Value Delivery Loop',
    url: 'https://github.com/microsoft/hve-core',
    published: 'Microsoft HVE-Core, draft content',
  },
} as const;
