// Stands in for theme-classic's prism-include-languages start-up module (see lazyPrism.ts).
