// Property tests explore random inputs; CI must not go red by the luck of the draw, so every run uses one
// seed. Explore other inputs with `FC_SEED=<n> pnpm test` (or FC_SEED=random); a failure prints its seed
// and counterexample, and the counterexample then becomes a plain test.
import fc from 'fast-check'

const requested = process.env['FC_SEED']
if (requested !== 'random') fc.configureGlobal({seed: requested === undefined ? 20_261_123 : Number(requested)})
