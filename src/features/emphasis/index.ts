export * from "./options";
export * from "./sections";
export * from "./frames";
export * from "./position";
export * from "./salience";
