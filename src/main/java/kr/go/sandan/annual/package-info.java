/**
 * The annual evaluation of districts (연차평가): for each calendar year, a committee of
 * external evaluators scores every district year whose report the ministry accepted, on
 * the committee's own indicators and weights, by the call evaluation's engine
 * ({@link kr.go.sandan.evaluation.Scoring}) and conflict rule; the ministry records each
 * district's rating, recommendations and next year's budget adjustment and publishes
 * them. Nothing of it is shown to a region or the public before publication.
 * {@link kr.go.sandan.annual.AnnualEvaluations} is its public API.
 */
package kr.go.sandan.annual;
