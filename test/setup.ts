import fc from 'fast-check';

// Property tests are reproducible: a fixed seed unless FC_SEED says otherwise; FC_RUNS raises
// the number of runs for a longer soak (`FC_RUNS=100000 npx vitest run`).
fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261126),
  numRuns: Number(process.env.FC_RUNS ?? 300),
});
