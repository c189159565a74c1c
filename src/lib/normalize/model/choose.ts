/**
 * The role model: for each role, a conditional logit over a page's candidate lines and "none".
 * A candidate's score is its feature vector times the role's weights; "none" scores the role's
 * `none` weight. Softmax over the page gives each candidate's probability of being the line that
 * plays the role. Fitted by `fitChoice`; read by the roles stage through `chooseLine`.
 */

/** The fitted weights of one role. */
export interface ChoiceWeights {
  /** One weight per feature, in the order of `featureNames`. */
  readonly weights: readonly number[];
  /** The score of choosing no line. */
  readonly none: number;
}

/** One page's candidates for one role, as the training sees them. */
export interface ChoiceExample {
  /** Each candidate's feature vector. */
  readonly rows: readonly (readonly number[])[];
  /** Indexes (into `rows`) of the candidates that play the role; empty when the right answer is "none". */
  readonly positives: readonly number[];
}

export interface FitOptions {
  /** L2 penalty on the weights (not on `none`). */
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
}

export const defaultFitOptions: FitOptions = Object.freeze({ l2: 0.03, iterations: 600, learningRate: 0.05 });

/** The score of each row under the weights. */
export function scoreRows(model: ChoiceWeights, rows: readonly (readonly number[])[]): number[] {
  return rows.map((row) => {
    let s = 0;
    for (let k = 0; k < row.length; k++) s += (row[k] ?? 0) * (model.weights[k] ?? 0);
    return s;
  });
}

/** The chosen row and its probability, or null when "none" scores best (and `must` is not set). */
export function chooseLine(model: ChoiceWeights, rows: readonly (readonly number[])[], must = false): { index: number; probability: number } | null {
  if (rows.length === 0) return null;
  const scores = scoreRows(model, rows);
  const probabilities = softmax([...scores, model.none]);
  let best = -1;
  for (let i = 0; i < scores.length; i++) if (best === -1 || (scores[i] ?? 0) > (scores[best] ?? 0)) best = i;
  const p = probabilities[best] ?? 0;
  return must || p > (probabilities[rows.length] ?? 0) ? { index: best, probability: p } : null;
}

function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * Fit one role's weights by full-batch gradient descent with Adam on the penalised negative
 * log-likelihood of the positives (their summed probability) on each page. Deterministic: same
 * examples in the same order give the same weights.
 */
export function fitChoice(examples: readonly ChoiceExample[], features: number, options: Partial<FitOptions> = {}): ChoiceWeights {
  const o = { ...defaultFitOptions, ...options };
  const w = new Float64Array(features + 1); // the last is `none`
  const m = new Float64Array(features + 1);
  const v = new Float64Array(features + 1);
  for (let t = 1; t <= o.iterations; t++) {
    const grad = gradient(examples, w, features, o.l2);
    for (let k = 0; k <= features; k++) {
      const g = grad[k] ?? 0;
      m[k] = 0.9 * (m[k] ?? 0) + 0.1 * g;
      v[k] = 0.999 * (v[k] ?? 0) + 0.001 * g * g;
      const mh = (m[k] ?? 0) / (1 - 0.9 ** t);
      const vh = (v[k] ?? 0) / (1 - 0.999 ** t);
      w[k] = (w[k] ?? 0) - (o.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { weights: Array.from(w.subarray(0, features), round), none: round(w[features] ?? 0) };
}

/** Weights kept to 6 significant digits: a smaller file that reads the same on every machine. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}

function gradient(examples: readonly ChoiceExample[], w: Float64Array, features: number, l2: number): Float64Array {
  const grad = new Float64Array(features + 1);
  const model = { weights: Array.from(w.subarray(0, features)), none: w[features] ?? 0 };
  for (const ex of examples) {
    const scores = [...scoreRows(model, ex.rows), model.none];
    const p = softmax(scores);
    const positive = ex.positives.length > 0 ? ex.positives : [ex.rows.length];
    const mass = positive.reduce((a, i) => a + (p[i] ?? 0), 0) || 1e-300;
    // d(-log Σ_pos p)/ds_j = p_j - [j ∈ pos] p_j / mass
    for (let j = 0; j < scores.length; j++) {
      const target = positive.includes(j) ? (p[j] ?? 0) / mass : 0;
      const d = (p[j] ?? 0) - target;
      if (d === 0) continue;
      if (j === ex.rows.length) grad[features] = (grad[features] ?? 0) + d;
      else {
        const row = ex.rows[j] ?? [];
        for (let k = 0; k < features; k++) grad[k] = (grad[k] ?? 0) + d * (row[k] ?? 0);
      }
    }
  }
  const n = Math.max(1, examples.length);
  for (let k = 0; k <= features; k++) grad[k] = (grad[k] ?? 0) / n + (k < features ? l2 * (w[k] ?? 0) : 0);
  return grad;
}
