/** Queries the finder offers when nothing matches; a unit test checks that each one finds something. */
export const suggestedQueries: readonly string[] = ['MTTR', 'deploy freq', 'CFR', 'lead time', 'cycle time', 'flow'];
