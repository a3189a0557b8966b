// The column-doc helpers live beside the features whose row types they describe (issue 9); re-exported for the tables stage.
export * from "../features/column-docs-types";
