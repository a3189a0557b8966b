export * from "./result";
export * from "./groups";
export * from "./options";
// each family's barrel exports its own DEFAULTS; this one, declared here, shadows them: every family's defaults, by family
export { DEFAULTS } from "./defaults";
export * from "./sentiment/index";
export * from "./terminology/index";
export * from "./divergence/index";
export * from "./emphasis/index";
export * from "./coverage/index";
export * from "./voice/index";
export * from "./time/index";
export * from "./compare";
export * from "./outlet-groups";
