/**
 * The program at a glance: the public dashboard ({@code /dashboard}) and map
 * ({@code /map}) of designations, Smart Green complexes and confirmed budgets, made from
 * what was published only (the open data's {@link kr.go.sandan.opendata.OpenData}); the
 * ministry also sees how many plans each round holds in each status, unpublished
 * decisions included, attainment from every verified actual, execution rates from the
 * budget ledgers and reports overdue. Each block is a
 * {@link kr.go.sandan.dashboard.Chart}: server-rendered SVG with a data table beside it.
 * The map is drawn from vendored Natural Earth boundaries ({@code RegionMap}).
 */
package kr.go.sandan.dashboard;
