/**
 * Committee decisions on a call's plans: the preliminary selection made on the evaluation
 * results (with the round's quota), and its publication to the public pages and to the
 * regions. {@link kr.go.sandan.decision.Decisions} is its public API.
 */
package kr.go.sandan.decision;
