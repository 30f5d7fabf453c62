/**
 * The program at a glance: the public dashboard ({@code /dashboard}) and map
 * ({@code /map}) of designations, Smart Green complexes and confirmed budgets, made from
 * what was published only (the open data's {@link kr.go.sandan.opendata.OpenData}); the
 * ministry also sees how many plans each round holds in each status, unpublished
 * decisions included. Charts are server-rendered SVG with a data table beside each.
 * Target attainment (issue 19) and budget execution (issue 20) are meant to be added as
 * further charts fed from their published figures.
 */
package kr.go.sandan.dashboard;
