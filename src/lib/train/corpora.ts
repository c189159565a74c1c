/** The labelled corpora the model is fitted and scored on, beside the project. */
export const defaultCorpora: readonly string[] = ['../shared/corpus/dev', '../shared/corpus/dev-postlight'];

/** Where `npm run train` writes the fitted model (the normalizer imports it). */
export const modelFile = 'src/lib/normalize/model/roles.json';
