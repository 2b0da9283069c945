// How long the names the unit rules read back from a suffix may be.

// How long a unit's proper name between its place and its suffix, or a branch's place, may be.
export const maxNameAfterPlace = 4

// How long a unit's name read back after an ownership word or as an item of a list may be.
export const maxCuedName = 6
