/**
 * Evaluation of a call's plans: the committee of external evaluators, their
 * conflict-of-interest pledges, score sheets per plan, and the ranking the ministry reads
 * before the committee decides. {@link kr.go.sandan.evaluation.Evaluations} and
 * {@link kr.go.sandan.evaluation.RankingBoards} are its public API.
 */
package kr.go.sandan.evaluation;
