/**
 * Open data (공공데이터): every published dataset of the program — rounds, plans, hub and
 * linked complexes, targets, confirmed budgets, Smart Green complexes — as CSV files and
 * as a read-only, paged JSON API under {@code /api/v1}, described at {@code /v3/api-docs}
 * and on the human-readable page {@code /open-data}. Only what the public may read: the
 * frozen copies of published decisions, never a live record.
 * {@link kr.go.sandan.opendata.OpenData} is its public API (the dashboard reads it too).
 */
package kr.go.sandan.opendata;
