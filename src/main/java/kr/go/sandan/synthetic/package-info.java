/**
 * Synthetic program data for benchmarks and tests at scale: rounds with their calls, a
 * plan from every region, the evaluation and the committee's decisions, all made from one
 * seed. Never on by default: the {@code synthetic} profile runs it at start-up
 * ({@code SyntheticDataRunner}); tests call
 * {@link kr.go.sandan.synthetic.SyntheticProgram#generate}, the module's public API.
 */
package kr.go.sandan.synthetic;
