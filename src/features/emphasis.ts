export * from "./emphasis-sections";
export * from "./emphasis-frames";
export * from "./emphasis-position";
export * from "./emphasis-salience";
