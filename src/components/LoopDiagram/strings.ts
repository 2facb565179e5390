/** Words the diagram draws besides the model's names. */

/** Drawn under the current phase's name, and read first in its link's name. */
export const YOU_ARE_HERE = 'You are here';
