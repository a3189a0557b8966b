export * from "./options";
export * from "./outlets";
export * from "./toward";
export * from "./arc";
