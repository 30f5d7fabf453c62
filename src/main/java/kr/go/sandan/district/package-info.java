/**
 * After designation: a district's targets as a path over its three district years, the
 * annual report of each year (actuals, progress, narrative; drafted, submitted, sent
 * back, accepted), the ministry's verification of each actual, and attainment per target
 * and year. Readable by the ministry and the district's own region only.
 */
package kr.go.sandan.district;
